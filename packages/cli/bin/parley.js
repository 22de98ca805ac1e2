#!/usr/bin/env node
// The `parley` command: a committed launcher, so the bin link exists before the first build;
// the command itself is the built dist/bin.js.
import '../dist/bin.js';
