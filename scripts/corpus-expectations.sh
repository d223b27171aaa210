#!/usr/bin/env bash
#
# corpus-expectations.sh - write the jq oracle that the parser's corpus tests compare against.
#
# Reads   cloudtrail-parser/src/test/resources/corpus/**   (every file except *.md)
# Writes  cloudtrail-parser/src/test/resources/expected/<folder>/<file>.tsv
#         cloudtrail-parser/src/test/resources/expected/INDEX.tsv
#         cloudtrail-parser/src/test/resources/expected/UNPARSEABLE.txt
#
# One .tsv per corpus file that jq can parse and that holds CloudTrail records, one line per record:
#
#     <index>\t<eventID>\t<eventSource>\t<eventName>\t<eventTime>
#
# index counts records from 0 in file order. A field prints as "-" when the record has no such key, or the value is
# not a JSON string (null, number, object...), or the record itself is not an object. Keys are matched exactly, so a
# misspelt key ("eventId", "eventid") prints "-" too. String values go through jq's @tsv, which escapes tab, newline,
# carriage return and backslash as \t \n \r \\. Where a key occurs twice in one object jq keeps the last value.
#
# Where the records are, per file (the format column of INDEX.tsv; the jq selector column says exactly how the
# records were taken from the file's top-level values, slurped into an array with jq -s):
#   records        one object {"Records":[...]}                    .[0].Records[]
#   record         one object that is itself a record (eks/)       .[0]
#   ndjson         several top-level record objects (JSON lines)   .[]
#   eventbridge    one EventBridge event; the record is .detail    .[0].detail
#   cwlogs         one CloudWatch Logs DATA_MESSAGE; each logEvents[].message is a record as a JSON string
#   lookup-events  LookupEvents items (one or many values); each CloudTrailEvent is a record as a JSON string
#   test-events    {"test_events":[{"event": record}]} (fivexl)    .[0].test_events[].event
#   unknown        parses, but none of the above: no .tsv, listed in INDEX.tsv only
# Files jq cannot parse get no .tsv; they are listed in UNPARSEABLE.txt with jq's error message.
#
# The outputs depend on the jq version only through UNPARSEABLE.txt's messages; they were produced with jq-1.6
# (the script warns on another version). Idempotent: it deletes its previous outputs first and writes the same bytes
# for the same corpus (files are visited in C-locale order). Usage, from anywhere:
#
#     scripts/corpus-expectations.sh
#
# Requires bash 4+, jq, find, sort.
set -euo pipefail
export LC_ALL=C

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=$repo/cloudtrail-parser/src/test/resources/corpus
expected=$repo/cloudtrail-parser/src/test/resources/expected

command -v jq >/dev/null || { echo "corpus-expectations: jq is required" >&2; exit 1; }
jq_version=$(jq --version)
[[ $jq_version == jq-1.6 ]] || echo "corpus-expectations: warning: outputs were made with jq-1.6, this is $jq_version;" \
  "UNPARSEABLE.txt messages may change" >&2
[[ -d $corpus ]] || { echo "corpus-expectations: no corpus at $corpus" >&2; exit 1; }

# Remove what a previous run wrote (README.md is hand-written and stays).
mkdir -p "$expected"
find "$expected" -type f \( -name '*.tsv' -o -name UNPARSEABLE.txt \) -delete
find "$expected" -mindepth 1 -type d -empty -delete

# Classify the slurped top-level values of one file; prints one of the format names above.
read -r -d '' classify <<'JQ' || true
def isrecord: type == "object" and (has("eventVersion") or has("eventSource") or has("eventName")
  or has("userIdentity") or has("eventID") or has("eventTime"));
def islookup: type == "object" and (.CloudTrailEvent | type) == "string";
if length == 0 then "unknown"
elif length == 1 then
  (.[0] |
    if type != "object" then "unknown"
    elif (.Records | type) == "array" then "records"
    elif has("detail-type") and (.detail | type) == "object" then "eventbridge"
    elif (.logEvents | type) == "array" then "cwlogs"
    elif (.test_events | type) == "array" then "test-events"
    elif islookup then "lookup-events"
    elif isrecord then "record"
    else "unknown" end)
elif all(.[]; islookup) then "lookup-events"
elif all(.[]; isrecord) then "ndjson"
else "unknown" end
JQ

selector() {
  case $1 in
    records)       echo '.[0].Records[]' ;;
    record)        echo '.[0]' ;;
    ndjson)        echo '.[]' ;;
    eventbridge)   echo '.[0].detail' ;;
    cwlogs)        echo '.[0].logEvents[].message | fromjson' ;;
    lookup-events) echo '.[].CloudTrailEvent | fromjson' ;;
    test-events)   echo '.[0].test_events[].event' ;;
    *)             return 1 ;;
  esac
}

# One line per record: index, then the four fields, "-" unless a JSON string.
read -r -d '' tsv_program <<'JQ' || true
def field($k): if type == "object" and (.[$k] | type) == "string" then .[$k] else "-" end;
to_entries[]
| .key as $i | .value
| [($i | tostring), field("eventID"), field("eventSource"), field("eventName"), field("eventTime")]
| @tsv
JQ

index_lines=()
unparseable_lines=()
while IFS= read -r -d '' file; do
  rel=${file#"$corpus"/}
  if ! err=$(jq empty "$file" 2>&1 >/dev/null); then
    unparseable_lines+=("$rel"$'\t'"${err//$'\n'/ }")
    continue
  fi
  format=$(jq -s -r "$classify" "$file")
  if ! sel=$(selector "$format"); then
    index_lines+=("$rel"$'\t'"$format"$'\t'"-"$'\t'"-")
    continue
  fi
  out=$expected/$rel.tsv
  mkdir -p "$(dirname "$out")"
  if ! err=$(jq -s -r "[ $sel ] | $tsv_program" "$file" 2>&1 >"$out"); then
    rm -f "$out"
    unparseable_lines+=("$rel"$'\t'"records not extractable as $format: ${err//$'\n'/ }")
    continue
  fi
  count=$(wc -l <"$out" | tr -d ' ')
  index_lines+=("$rel"$'\t'"$format"$'\t'"$count"$'\t'"$sel")
done < <(find "$corpus" -type f ! -name '*.md' -print0 | sort -z)

{
  printf '# path\tformat\trecords\tjq selector over the slurped top-level values (jq -s); made with %s\n' "$jq_version"
  printf '%s\n' "${index_lines[@]}"
} >"$expected/INDEX.tsv"
{
  printf '# path\tjq error (%s: jq empty <file>)\n' "$jq_version"
  if ((${#unparseable_lines[@]})); then printf '%s\n' "${unparseable_lines[@]}"; fi
} >"$expected/UNPARSEABLE.txt"

echo "corpus-expectations: ${#index_lines[@]} files indexed, ${#unparseable_lines[@]} unparseable, in $expected" >&2
