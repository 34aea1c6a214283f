#!/usr/bin/env node
// Small JSON plumbing for .ci/conformance: splits oracle vectors into CLI input, compares CLI output with them.
'use strict';
const fs = require('fs');
const path = require('path');

const [cmd, dir, chain] = process.argv.slice(2);
// steem-js prints warnings such as "WARN: 10 attempts to find canonical signature" on stdout, between the vectors.
const lines = (file) => fs.readFileSync(path.join(dir, file), 'utf8').split('\n')
  .filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
const vectors = lines('vectors.jsonl');

function fail(message) {
  console.error('conformance: ' + message);
  process.exit(1);
}

if (cmd === 'split') {
  fs.writeFileSync(path.join(dir, 'tx.jsonl'), vectors.map((v) => JSON.stringify(v.tx)).join('\n') + '\n');
  // One key signs the whole batch: verify.js is told which public key to expect.
  fs.writeFileSync(path.join(dir, 'key.wif'), vectors[0].wif + '\n', { mode: 0o600 });
  fs.writeFileSync(path.join(dir, 'key.pub'), vectors[0].public_key);
} else if (cmd === 'compare-inspect') {
  const got = lines('inspect.jsonl');
  if (got.length !== vectors.length) fail(`tx inspect printed ${got.length} lines for ${vectors.length} transactions`);
  got.forEach((g, i) => {
    for (const f of ['tx_id', 'serialized_hex', 'digest_hex']) {
      if (g[f] !== vectors[i][f]) fail(`vector ${i + 1} (${vectors[i].kind}): ${f} is ${g[f]}, dsteem says ${vectors[i][f]}`);
    }
    const keys = Object.keys(g).join(',');
    if (keys !== 'tx_id,serialized_hex,digest_hex') fail(`tx inspect output fields are ${keys}`);
  });
} else if (cmd === 'verify-input') {
  const signed = lines('signed.jsonl');
  if (signed.length !== vectors.length) fail(`tx sign printed ${signed.length} lines for ${vectors.length} transactions`);
  const pub = vectors[0].public_key;
  signed.forEach((tx, i) => {
    const v = vectors[i];
    console.log(JSON.stringify({ chain_id: chain, tx, public_keys: [pub], serialized_hex: v.serialized_hex, digest_hex: v.digest_hex, tx_id: v.tx_id }));
  });
} else {
  fail('unknown command ' + cmd);
}
