import 'uplot/dist/uPlot.min.css';
import { classSentence, debriefHtml, type WorldView } from '@parley/classroom';
import { replay } from '@parley/core';
import { isIssgEventType } from '@parley/issg';
import {
  type Agenda,
  type NegotiationState,
  negotiationEvents,
  singleTextProtocol,
  utility,
} from '@parley/negotiation';
// the viewer's components, as modules (the classroom's client bundles them; the viewer stays as it is)
import { daySeconds } from '@parley/viewer/src/ui/chartData.ts';
import { createIndicatorChart } from '@parley/viewer/src/ui/indicatorChart.ts';
import { renderSummary } from '@parley/viewer/src/ui/summary.ts';
import { connect, getJson, join, type Link, type Me, type Rec } from './api.js';

const app = document.getElementById('app')!;
const statusLine = document.getElementById('status')!;
const esc = (s: unknown) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const el = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const instructor = params.get('instructor');
  if (instructor) {
    await join(instructor);
    history.replaceState(null, '', location.pathname);
  }
  const me = await getJson<Me>('/api/me');
  if (!me) return joinForm();
  play(me);
}

function joinForm(message = ''): void {
  app.innerHTML = `<section><h2>Join your delegation</h2>
    <form id="join"><label>Join code <input id="code" name="code" autocomplete="off" placeholder="ABCD-EFGH"></label>
    <button>Join</button></form><p id="join-error" class="error">${esc(message)}</p></section>`;
  el<HTMLFormElement>('join').onsubmit = async (e) => {
    e.preventDefault();
    const res = await join(el<HTMLInputElement>('code').value.trim());
    if ('error' in res)
      return joinForm(res.status === 429 ? 'Too many wrong codes: wait a minute.' : 'Wrong code.');
    location.reload();
  };
}

function play(me: Me): void {
  const isInstructor = me.seat === 'instructor';
  const agenda: Agenda = isInstructor
    ? (Object.values(me.brief)[0] as { agenda: Agenda }).agenda
    : me.brief.agenda;
  const talks = singleTextProtocol(agenda);
  const records: Rec[] = [];
  const issueLabel = (i: string) => agenda.issues.find((x) => x.id === i)?.label ?? i;
  const optionLabel = (i: string, o: string) =>
    agenda.issues.find((x) => x.id === i)?.options.find((x) => x.id === o)?.label ?? o;
  let room = { status: 'waiting', round: 0, minutes: 0, startedWall: 0, pausedAt: 0, pausedMs: 0 };

  document.title = `${me.seat} — ${me.game.title}`;
  const issueSelect = (name: string, withNone = false) =>
    `<select name="${name}" id="${name}">${withNone ? '<option value="">(whole text)</option>' : ''}${agenda.issues
      .map((i) => `<option value="${esc(i.id)}">${esc(i.label)}</option>`)
      .join('')}</select>`;
  const optionSelect = (issue: string, name: string) =>
    `<select name="${name}" id="${name}">${agenda.issues
      .find((i) => i.id === issue)!
      .options.map((o) => `<option value="${esc(o.id)}">${esc(o.label)}</option>`)
      .join('')}</select>`;

  const others = me.game.seats.filter((s) => s !== me.seat);
  app.innerHTML = `
    <section id="round-panel"><h2>${esc(me.game.title)} — <span id="who">${esc(isInstructor ? 'Instructor' : `Delegation: ${me.seat}`)}</span></h2>
      <p><span class="clock" id="clock">–</span> <span id="round" class="muted"></span></p><p id="negotiation"></p></section>
    <section id="world-panel" hidden><h2>The ISSG on <span id="world-at"></span></h2>
      <p class="muted">The record up to the meeting's day, with the news injected in class.</p>
      <div id="world-chart"></div><h3>News in class</h3><ol id="world-news" class="history"></ol>
      <details id="world-state"><summary>The state in full</summary><div id="world-summary"></div></details></section>
    <section id="debrief-panel" hidden><h2>Debrief</h2><div id="debrief"></div></section>
    ${
      isInstructor
        ? `<section id="controls"><h2>Round</h2>
        <form id="round-form"><label>Minutes <input id="minutes" type="number" value="20" min="0" style="width:4em"></label>
        <button type="button" id="start">Start round</button><button type="button" id="pause">Pause</button>
        <button type="button" id="resume">Resume</button><button type="button" id="end">End round</button></form>
        <h2>Inject news</h2>
        <form id="inject"><select id="inject-kind"><option value="violation">A violation is reported</option>
          <option value="convoy">A convoy is attacked</option><option value="statement">A delegation states a position</option></select>
          <input id="inject-text" placeholder="where / what (e.g. aleppo)" value="aleppo"><button>Inject</button></form>
        <p id="instructor-result" role="status"></p></section>
        <section id="seats-panel"><h2>Seats</h2><table id="seats"></table></section>
        <section id="utilities-panel"><h2>Every delegation's utility of the draft</h2><table id="utilities"></table></section>`
        : `<section id="card"><h2>Your role card (private)</h2>${roleCard(me.brief.card, agenda)}</section>
      <section id="moves"><h2>Your moves</h2>
        <form id="amend">Amend ${issueSelect('amend-issue')} <span id="amend-options"></span><button>Propose amendment</button></form>
        <form id="object">Object on ${issueSelect('object-issue', true)} <button>Raise objection</button>
          <button type="button" id="withdraw">Withdraw objection</button></form>
        ${
          agenda.chairs.includes(me.seat)
            ? `<form id="table"><span>Table a draft:</span> ${agenda.issues.map((i) => `<label>${esc(i.label)} ${optionSelect(i.id, `table-${i.id}`)}</label>`).join(' ')}<button>Table draft</button></form>
               <form id="adopt"><button>Call for adoption</button></form>`
            : ''
        }
        <form id="message">Message to <select id="message-to"><option value="all">everyone</option>${others
          .map((s) => `<option value="${esc(s)}">${esc(s)} (private)</option>`)
          .join(
            '',
          )}</select> <input id="message-text" placeholder="your message"> <button>Send</button></form>
        <p id="move-result" role="status"></p></section>`
    }
    <section id="draft-panel"><h2>The draft</h2><table id="draft"></table><h2>Amendments</h2><table id="amendments"></table></section>
    <section id="history-panel"><h2>History</h2><ol class="history" id="history"></ol></section>
`;

  const link: Link = connect(
    (r) => {
      records.push(r);
      render();
    },
    () => {
      records.length = 0;
    },
    (s) => {
      statusLine.textContent = `${me.seat} · ${s}`;
    },
  );
  const result = (id: string) => async (command: Record<string, unknown>) => {
    const res = await link.command(command);
    el(id).textContent = res.ok ? 'Done.' : res.message;
    el(id).className = res.ok ? 'ok' : 'error';
  };

  if (isInstructor) {
    const send = result('instructor-result');
    el('start').onclick = () =>
      send({ type: 'start-round', minutes: Number(el<HTMLInputElement>('minutes').value) });
    el('pause').onclick = () => send({ type: 'pause-round' });
    el('resume').onclick = () => send({ type: 'resume-round' });
    el('end').onclick = () => send({ type: 'end-class-round' });
    el<HTMLFormElement>('inject').onsubmit = (e) => {
      e.preventDefault();
      const kind = el<HTMLSelectElement>('inject-kind').value;
      const where = el<HTMLInputElement>('inject-text').value.trim() || 'aleppo';
      const n = records.length + 1;
      if (kind === 'violation')
        void send({
          type: 'report-violation',
          violation: `class-${n}`,
          reporter: 'un',
          perpetrator: 'syria-gov',
          location: where,
          severity: 4,
          attribution: 'verified',
          killed: 10,
        });
      else if (kind === 'convoy')
        void send({ type: 'attack-convoy', location: where, trucks: 31, trucksHit: 18, killed: 20 });
      else void send({ type: 'state-position', by: 'ru', issue: 'talks', position: where });
    };
    const poll = async () => {
      const s = await getJson<any>('/api/status');
      if (s) {
        el('seats').innerHTML = `<tr><th>seat</th><th>played by</th><th>connected</th></tr>${s.seats
          .map(
            (x: any) =>
              `<tr><td>${esc(x.seat)}</td><td>${esc(x.holder === 'human' ? 'students' : 'agent')}</td><td>${x.connected}</td></tr>`,
          )
          .join('')}`;
        el('utilities').innerHTML =
          `<tr><th>delegation</th><th>utility</th><th>reservation</th><th>could accept</th></tr>${(
            s.omniscient ?? []
          )
            .map(
              (u: any) =>
                `<tr><td>${esc(u.party)}</td><td>${u.utility === null ? '–' : u.utility.toFixed(2)}</td><td>${u.reservation.toFixed(2)}</td><td>${u.acceptable === null ? '–' : u.acceptable ? 'yes' : 'no'}</td></tr>`,
            )
            .join('')}`;
      }
    };
    void poll();
    setInterval(poll, 1500);
  } else {
    const send = result('move-result');
    const amendOptions = () => {
      el('amend-options').innerHTML = optionSelect(
        el<HTMLSelectElement>('amend-issue').value,
        'amend-option',
      );
    };
    el('amend-issue').onchange = amendOptions;
    amendOptions();
    el<HTMLFormElement>('amend').onsubmit = (e) => {
      e.preventDefault();
      void send({
        type: 'propose-amendment',
        issue: el<HTMLSelectElement>('amend-issue').value,
        option: el<HTMLSelectElement>('amend-option').value,
      });
    };
    el<HTMLFormElement>('object').onsubmit = (e) => {
      e.preventDefault();
      const issue = el<HTMLSelectElement>('object-issue').value;
      void send({ type: 'raise-objection', ...(issue ? { issue } : {}) });
    };
    el('withdraw').onclick = () => send({ type: 'withdraw-objection' });
    el<HTMLFormElement>('message').onsubmit = (e) => {
      e.preventDefault();
      void send({
        type: 'send-message',
        to: el<HTMLSelectElement>('message-to').value,
        text: el<HTMLInputElement>('message-text').value,
      });
      el<HTMLInputElement>('message-text').value = '';
    };
    if (agenda.chairs.includes(me.seat)) {
      el<HTMLFormElement>('table').onsubmit = (e) => {
        e.preventDefault();
        const text = Object.fromEntries(
          agenda.issues.map((i) => [i.id, el<HTMLSelectElement>(`table-${i.id}`).value]),
        );
        void send({ type: 'table-draft', text });
      };
      el<HTMLFormElement>('adopt').onsubmit = (e) => {
        e.preventDefault();
        void send({ type: 'adopt-text' });
      };
    }
  }

  const sentence = (r: Rec): string => classSentence(agenda, r);

  // the world the class negotiates in: the ISSG's state and indicators (the viewer's chart and summary)
  const chart = createIndicatorChart('The ISSG indicators before the meeting');
  el('world-chart').append(chart.element);
  let worldAsked = '';
  const world = async () => {
    const w = await getJson<{ stream: string; world: WorldView }>('/api/world');
    if (!w) return;
    const v = w.world;
    el('world-panel').hidden = false;
    el('world-at').textContent = v.at;
    chart.setData({
      x: v.series.dates.map(daySeconds),
      y: v.series.values as Record<string, readonly (number | null)[]>,
      dayOfSeq: [],
    });
    const marker = () =>
      chart.setMarker(daySeconds(v.summary.at ?? v.at), `The state on ${v.summary.at ?? v.at}`);
    marker();
    // the chart fits its width on the next frame, which clears the legend: show the day's values again
    requestAnimationFrame(() => setTimeout(marker, 50));
    el('world-news').innerHTML = v.news.length
      ? v.news.map((n) => `<li value="${n.seq}">${esc(n.sentence)}</li>`).join('')
      : '<li class="muted">No news injected yet.</li>';
    el('world-summary').replaceChildren(renderSummary(v.summary as never));
  };
  const worldKey = () =>
    `${records[0]?.stream ?? ''}:${records.filter((r) => isIssgEventType(r.type)).length}`;

  const render = () => {
    room = { status: 'waiting', round: 0, minutes: 0, startedWall: 0, pausedAt: 0, pausedMs: 0 };
    for (const r of records) {
      const wall = r.meta?.wall ? Date.parse(r.meta.wall) : 0;
      if (r.type === 'class-round-started')
        room = {
          status: 'running',
          round: r.data.round,
          minutes: r.data.minutes,
          startedWall: wall,
          pausedAt: 0,
          pausedMs: 0,
        };
      if (r.type === 'class-round-paused') room = { ...room, status: 'paused', pausedAt: wall };
      if (r.type === 'class-round-resumed')
        room = { ...room, status: 'running', pausedMs: room.pausedMs + (wall - room.pausedAt) };
      if (r.type === 'class-round-ended') room = { ...room, status: 'ended' };
    }
    const state = replay(
      talks,
      records.filter((r) => negotiationEvents.has(r.type)) as never,
    ) as NegotiationState;
    el('round').textContent =
      room.round === 0
        ? 'Waiting for the instructor to start the first round'
        : `Round ${room.round}: ${room.status}`;
    el('negotiation').textContent =
      `Negotiation: ${state.status}${state.status === 'open' ? ` · round ${state.round} of ${state.deadline}` : ''}${state.objections.length ? ` · standing objections: ${state.objections.map((o) => o.by).join(', ')}` : ''}`;
    const draft = state.adopted ?? state.draft;
    const prefs = me.seat === 'instructor' ? undefined : me.brief.card?.preferences;
    el('draft').innerHTML = draft
      ? `<tr><th>issue</th><th>${state.adopted ? 'adopted text' : `draft ${state.history.length}`}</th></tr>${agenda.issues
          .map((i) => `<tr><td>${esc(i.label)}</td><td>${esc(optionLabel(i.id, draft[i.id]!))}</td></tr>`)
          .join(
            '',
          )}${prefs ? `<tr><td>Your utility</td><td>${utility(prefs, draft).toFixed(2)} (reservation ${prefs.reservation})</td></tr>` : ''}`
      : '<tr><td class="muted">No draft on the table yet.</td></tr>';
    const pending = state.amendments.filter((a) => a.status === 'pending');
    const pen = agenda.chairs.includes(me.seat);
    el('amendments').innerHTML = pending.length
      ? pending
          .map(
            (a) =>
              `<tr><td>${esc(a.id)}</td><td>${esc(a.by)}: ${esc(issueLabel(a.issue))} → ${esc(optionLabel(a.issue, a.option))}</td><td>${pen ? `<button data-accept="${esc(a.id)}">Accept</button> <button data-reject="${esc(a.id)}">Reject</button>` : ''}</td></tr>`,
          )
          .join('')
      : '<tr><td class="muted">None pending.</td></tr>';
    for (const b of el('amendments').querySelectorAll<HTMLButtonElement>('button')) {
      b.onclick = () =>
        result('move-result')(
          b.dataset.accept
            ? { type: 'accept-amendment', amendment: b.dataset.accept }
            : { type: 'reject-amendment', amendment: b.dataset.reject },
        );
    }
    if (worldKey() !== worldAsked) {
      worldAsked = worldKey();
      void world();
    }
    el('history').innerHTML = records
      .filter((r) => r.type !== 'class-agent-turn')
      .map(
        (r) =>
          `<li value="${r.seq}" class="${r.type === 'message-sent' && r.data.to !== 'all' ? 'private' : ''}">${esc(sentence(r))}${me.seat === 'instructor' ? ` <button data-rewind="${r.seq}" title="Rewind: branch after this event">↶</button>` : ''}</li>`,
      )
      .join('');
    for (const b of el('history').querySelectorAll<HTMLButtonElement>('button[data-rewind]'))
      b.onclick = () => result('instructor-result')({ type: 'rewind', seq: Number(b.dataset.rewind) });
    el('history').scrollTop = el('history').scrollHeight;
    if (state.status === 'adopted' || state.status === 'failed') void debrief();
    else el('debrief-panel').hidden = true;
  };

  const debrief = async () => {
    const d = await getJson<any>('/api/debrief');
    if (!d?.report) return;
    // the same fragment `parley debrief --html` writes: texts, scores, survival, timeline, branches
    el('debrief').innerHTML = debriefHtml(d.report);
    el('debrief-panel').hidden = false;
  };

  setInterval(() => {
    if (room.round === 0) return;
    const now = room.status === 'paused' ? room.pausedAt : Date.now();
    const left = room.minutes * 60_000 - (now - room.startedWall - room.pausedMs);
    const m = Math.max(0, Math.floor(left / 60_000));
    const s = Math.max(0, Math.floor((left % 60_000) / 1000));
    el('clock').textContent =
      room.status === 'ended'
        ? 'round over'
        : `${m}:${String(s).padStart(2, '0')}${room.status === 'paused' ? ' (paused)' : ''}`;
  }, 500);
}

function roleCard(card: any, agenda: Agenda): string {
  const p = card.preferences;
  const rows = agenda.issues
    .map((i) => {
      const red = p.redLines[i.id] ?? [];
      const opts = i.options
        .map(
          (o) =>
            `${red.includes(o.id) ? '<span class="redline">✗ ' : ''}${esc(o.label)} ${(p.values[i.id]?.[o.id] ?? 0).toFixed(2)}${red.includes(o.id) ? '</span>' : ''}`,
        )
        .join(' · ');
      return `<tr><td>${esc(i.label)}</td><td>${(p.weights[i.id] ?? 0).toFixed(2)}</td><td>${opts}</td></tr>`;
    })
    .join('');
  return `<p>${esc(card.briefing)}</p><table><tr><th>issue</th><th>weight</th><th>values (✗ red line)</th></tr>${rows}</table>
    <p>Reservation value (no agreement): <strong>${p.reservation}</strong></p>`;
}

void start();
