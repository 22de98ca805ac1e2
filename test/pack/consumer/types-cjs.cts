import core = require('@parley/core');
import issg = require('@parley/issg');

const state = issg.stateAt(issg.issgRecord, '2016-02-27');
const status: string = issg.summarize(state).hostilities.status;
const err: core.InvariantError = new core.InvariantError('rule', 'message');
export = { status, err };
