import { memoryStore, runScenario } from '@parley/core';
import { indicatorSeries, issgRecord, summaryAt } from '@parley/issg';
import { describe, expect, it } from 'vitest';
import { issgClassGame, issgWorldView } from '../src/index.js';
import { INSTRUCTOR, openClassroom } from '../src/node.js';
import { seededRandom } from './fixtures/game.js';

describe("the world a class negotiates in (the ISSG's state and indicators)", () => {
  const at = '2016-05-17';
  const record = runScenario(issgRecord, { until: at }).records;

  it('is the record on the meeting’s day, by the issg domain view, when nothing is injected', () => {
    const view = issgWorldView(at, []);
    expect(view.summary).toEqual(summaryAt(record, at));
    const series = indicatorSeries(record, { from: '2016-02-17', to: at });
    expect(view.series).toEqual(series);
    expect(view.series.dates[view.series.dates.length - 1]).toBe(at);
    expect(view.news).toEqual([]);
  });

  it('takes in the news the instructor injects: the state and the indicators move', async () => {
    const game = issgClassGame('vienna-2016-05-17');
    const room = await openClassroom({ game, store: memoryStore(), random: seededRandom(2), agents: false });
    try {
      await room.submit(INSTRUCTOR, { type: 'start-round' });
      const before = game.worldView!(room.records) as ReturnType<typeof issgWorldView>;
      await room.submit(INSTRUCTOR, {
        type: 'report-violation',
        violation: 'class-1',
        reporter: 'un',
        perpetrator: 'syria-gov',
        location: 'aleppo',
        severity: 5,
        attribution: 'verified',
        killed: 40,
      });
      const after = game.worldView!(room.records) as ReturnType<typeof issgWorldView>;
      expect(after.news).toHaveLength(1);
      expect(after.news[0]!.sentence).toMatch(/violation/);
      expect(after.summary.seq).toBe(before.summary.seq + 1);
      expect(after.summary).not.toEqual(before.summary);
      const last = (v: typeof after) => v.series.values.violence[v.series.values.violence.length - 1];
      expect(last(after)).not.toBe(last(before));
    } finally {
      await room.close();
    }
  });
});
