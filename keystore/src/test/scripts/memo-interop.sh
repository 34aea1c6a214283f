#!/bin/sh
# Hand check that steem-js decrypts memos Steemdesk's MemoCipher encrypts (needs ../shared/oracle beside the repo).
# Uses TEST keys of two seed-1 memo vectors: an ordinary pair and one whose ECDH x has a leading zero byte
# (steem-js's key-schedule quirk). Each "steemjs" field printed must equal the text.
# Last run 2026-11-24: steem-js and the oracle's reference decoder read both memos
# (variants "fc" and "steemjs-stripped-x", leadingZeroBytes 0 and 1).
set -eu
cd "$(dirname "$0")/../../../.."
ORACLE=${ORACLE:-../shared/oracle/run}
[ -x "$ORACLE" ] || ORACLE=/work/shared/oracle/run
mvn -B -q -pl keystore -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/keystore-cp.txt
CP=keystore/target/classes:keystore/target/test-classes:$(cat /tmp/keystore-cp.txt)

check() { # from_wif to_pub to_wif text
  memo=$(java -cp "$CP" org.steemdesk.keystore.memo.MemoInterop "$1" "$2" "$4")
  echo "encrypted: $memo"
  "$ORACLE" keys.js decode "$3" "$memo"
}
python3 - <<'PY' > /tmp/memo-interop-pairs.txt
import json
for v in map(json.loads, open('keystore/src/test/resources/vectors/memo_vectors_seed1.jsonl')):
    if v['schedule'] == 'fc':
        print(v['from_wif'], v['to_pub'], v['to_wif']); break
for v in map(json.loads, open('keystore/src/test/resources/vectors/memo_vectors_seed1.jsonl')):
    if v['schedule'] != 'fc':
        print(v['from_wif'], v['to_pub'], v['to_wif']); break
PY
while read -r from to towif; do
  check "$from" "$to" "$towif" "#스팀 memo interop ✨ test"
done < /tmp/memo-interop-pairs.txt
