#!/usr/bin/env bash
#
# make-samples.sh - rebuild the bundled CloudTrail delivery trees from real corpus records.
#
# A maintainer tool: tests and the build never run it; they read what it wrote and what is committed.
#
# Writes
#   samples/AWSLogs/...                 a small CloudTrail S3 delivery tree for the README demo and the CLI tests:
#                                       gzipped {"Records":[...]} log files, one organization-trail account, and
#                                       one digest file that readers must skip
#   samples/EXPECTED.tsv                <path relative to samples/> \t <records>, one line per log file, then TOTAL
#   samples/public-keys.json            the public key of the sample digest's signature, as list-public-keys prints it
#   samples/README.md                   what is there, where every record comes from, counts (computed with jq)
#   cloudtrail-parser/src/test/resources/trees/eks-seed/AWSLogs/...
#                                       the two EKS documentation seed records as delivered log files + digests
#   cloudtrail-eks/src/test/resources/trees/eks-seed/AWSLogs/...
#                                       a byte-identical copy for the EKS module's tests
#
# Reads the corpus folder given as $1, by default the repository's byte-identical copy
# cloudtrail-parser/src/test/resources/corpus (same files as /work/shared/corpus, see its NOTICE.md):
#
#     scripts/make-samples.sh [/work/shared/corpus]
#
# How the trees are built (all deterministic; running it twice gives the same bytes):
# - Records are picked by (corpus file, index) in the SELECTION table below: real records only, none invented.
#   Each record keeps its exact bytes from the corpus except insignificant whitespace outside strings, which is
#   dropped (compact form, as CloudTrail writes); key order, duplicate keys, number spelling and escapes stay.
# - One log file per (recipientAccountId, awsRegion, eventTime hour) of its records, so every path agrees with the
#   records inside it: AWSLogs/[o-exampleorgid/]<account>/CloudTrail/<region>/YYYY/MM/DD/
#   <account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<16 alnum>.json.gz, where the time is the newest eventTime
#   rounded up to the next 5 minutes (CloudTrail delivers about every 5 minutes) and the 16 characters are taken
#   from the SHA-256 of the uncompressed content (CloudTrail's are random; ours must be reproducible).
# - The EKS documentation records carry the placeholder region "region-code"; their paths keep it.
# - gzip -n -9 (no name, no timestamp). Digest hashValue = SHA-256 of the UNCOMPRESSED log content, as CloudTrail
#   computes it (AWS docs "hash value of the uncompressed log file content"; the AWS CLI hashes the inflated bytes).
#   Hashing the .json.gz bytes, as this script once did, makes every real validator reject the samples.
# - Digests: the first of their chain (previousDigest* null). samples/'s digest is signed with the throwaway key
#   scripts/samples-signing-key.pem (SHA256withRSA over CloudTrail's string to sign; the signature, which CloudTrail
#   keeps in S3 object metadata, goes to the sidecar <digest>.sig). The EKS seed digests have a made-up fingerprint
#   and no signature. Requires openssl too.
#
# Requires bash, python3 (3.8+), jq, gzip. The committed bytes were made with gzip 1.12 and jq-1.6; another gzip
# may compress differently, which changes file hashes (and so the digests) but never the records.
set -euo pipefail
export LC_ALL=C

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${1:-$repo/cloudtrail-parser/src/test/resources/corpus}
[[ -d $corpus/eks ]] || { echo "make-samples: no corpus at $corpus" >&2; exit 1; }
for tool in python3 jq gzip openssl; do
  command -v "$tool" >/dev/null || { echo "make-samples: $tool is required" >&2; exit 1; }
done

python3 - "$repo" "$corpus" <<'PY'
import base64
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys

repo, corpus = sys.argv[1], sys.argv[2]
samples = os.path.join(repo, "samples")
eks_seed = os.path.join(repo, "cloudtrail-parser/src/test/resources/trees/eks-seed")

AWSDOCS = "CC-BY-SA-4.0 (AWS docs; sample code MIT-0)"
EKS_AWSDOCS = "MIT-0 (AWS docs sample code; prose CC-BY-SA-4.0)"
APACHE = "Apache-2.0"
ORG = "o-exampleorgid"   # organization-trail prefix for the records marked org=True

# (corpus file, record indexes or None for a single-record file, licence, org trail?)
SELECTION = [
    ("eks/awsdocs-userguide-eks-CreateCluster-2018-preview.json", None, EKS_AWSDOCS, False),
    ("eks/awsdocs-userguide-iam-DeleteInstanceProfile-by-AWSServiceRoleForAmazonEKSNodegroup.json", None, EKS_AWSDOCS, False),
    ("eks/panther-ec2-DescribeInstances-by-cluster-role-invokedBy-eks.json", None, APACHE, False),
    ("eks/panther-ec2-RunInstances-DryRun-by-AWSServiceRoleForAmazonEKSNodegroup.json", None, APACHE, False),
    ("eks/panther-ec2-RunInstances-by-AWSServiceRoleForAutoScaling-for-eks-nodegroup.json", None, APACHE, False),
    ("awsdocs__amazon-s3-userguide/doc-examples.json", [2, 3], AWSDOCS, False),
    ("awsdocs__aws-config-developer-guide/doc-examples.json", [0, 1, 2, 3, 5, 6, 7, 8], AWSDOCS, False),
    ("awsdocs__aws-kms-developer-guide/doc-examples.json", [5, 16, 21, 29, 42, 43], AWSDOCS, False),
    ("awsdocs__aws-kms-developer-guide/doc-examples.json", [66, 67, 68], AWSDOCS, True),
    ("awsdocs__aws-single-sign-on-user-guide/doc-examples.json", [0, 1, 2], AWSDOCS, False),
    ("awsdocs__aws-organizations-docs/doc-examples.json", [4, 5, 6], AWSDOCS, False),
    ("awsdocs__aws-certificate-user-guide/doc-examples.json", [1, 2, 4, 7], AWSDOCS, False),
    ("awsdocs__iam-user-guide/doc-examples.json", [6], AWSDOCS, False),
    ("panther-labs__panther-analysis/test-scenarios.json", [3, 4, 5, 6, 7, 8, 9, 10], APACHE, False),
    ("panther-labs__panther-analysis/rule-tests.json", [9, 23, 24, 52, 62, 85, 142, 160, 312, 325, 326], APACHE, False),
]
EKS_SEED = SELECTION[:2]

# The one digest in samples/: account, region and UTC hour whose delivered log files it lists.
SAMPLES_DIGEST = ("111122223333", "us-west-2", "2019-02-01T03")
TRAIL, BUCKET = "management-trail", "amzn-s3-demo-bucket"
FINGERPRINT = hashlib.sha256(b"cloudtrail4j sample digest public key (not a real AWS key)").hexdigest()[:32]
# samples/ digests are signed as CloudTrail signs them, with a throwaway key committed for that purpose only
# (scripts/samples-signing-key.pem; it protects nothing). Its public half is samples/public-keys.json.
SIGNING_KEY = os.path.join(repo, "scripts/samples-signing-key.pem")


def signing_public_der():
    return subprocess.run(["openssl", "rsa", "-in", SIGNING_KEY, "-pubout", "-RSAPublicKey_out", "-outform", "DER"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout


def sign(data):
    """SHA256withRSA (PKCS#1 v1.5, deterministic), hex: what CloudTrail puts in x-amz-meta-signature."""
    return subprocess.run(["openssl", "dgst", "-sha256", "-sign", SIGNING_KEY], input=data, stdout=subprocess.PIPE,
                          check=True).stdout.hex()
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def record_slices(text):
    """The exact text of each element of the top-level "Records" array, or the whole text for a bare record."""
    dec = json.JSONDecoder()
    value, end = dec.raw_decode(text)
    if text[end:].strip():
        raise ValueError("trailing data")
    if not (isinstance(value, dict) and isinstance(value.get("Records"), list)):
        return [text.strip()]
    pos = text.index("[", text.index('"Records"')) + 1
    out = []
    while True:
        while text[pos] in " \t\r\n":
            pos += 1
        if text[pos] == "]":
            return out
        _, end = dec.raw_decode(text, pos)
        out.append(text[pos:end])
        pos = end
        while text[pos] in " \t\r\n":
            pos += 1
        if text[pos] == ",":
            pos += 1


def compact(raw):
    """Drop whitespace outside strings; every other character is kept as it is."""
    out, in_string, escaped = [], False, False
    for ch in raw:
        if in_string:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
            out.append(ch)
        elif ch not in " \t\r\n":
            out.append(ch)
    result = "".join(out)
    pairs = lambda p: p  # compare with duplicate keys and key order
    assert json.loads(result, object_pairs_hook=pairs) == json.loads(raw, object_pairs_hook=pairs)
    return result


def parse_time(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def load(selection):
    records = []
    for path, indexes, licence, org in selection:
        with open(os.path.join(corpus, path), encoding="utf-8") as f:
            slices = record_slices(f.read())
        for i in (indexes if indexes is not None else [0]):
            text = compact(slices[i])
            rec = json.loads(text)
            records.append({
                "text": text, "source": path, "index": i if indexes is not None else None, "licence": licence,
                "account": rec["recipientAccountId"], "region": rec["awsRegion"], "time": rec["eventTime"],
                "eventSource": rec["eventSource"], "eventName": rec["eventName"], "org": org,
            })
    return records


def gzip_bytes(data):
    return subprocess.run(["gzip", "-n", "-9", "-c"], input=data, stdout=subprocess.PIPE, check=True).stdout


def write(root, rel, data):
    full = os.path.join(root, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)


def build_logs(root, records):
    """Write one log file per account/region/hour bucket; return their descriptions in path order."""
    buckets = {}
    for r in records:
        buckets.setdefault((r["org"], r["account"], r["region"], r["time"][:13]), []).append(r)
    files = []
    for (org, account, region, _), recs in buckets.items():
        newest = max(parse_time(r["time"]) for r in recs)
        oldest = min(parse_time(r["time"]) for r in recs)
        delivered = newest.replace(second=0) + dt.timedelta(minutes=5 - newest.minute % 5)
        assert delivered.date() == newest.date(), "a delivery would cross midnight; the path date must stay the records' date"
        body = ('{"Records":[' + ",".join(r["text"] for r in recs) + "]}").encode("utf-8")
        digest = hashlib.sha256(body).digest()
        suffix = "".join(ALNUM[b % len(ALNUM)] for b in digest[:16])
        prefix = (ORG + "/" if org else "") + account
        rel = (f"AWSLogs/{prefix}/CloudTrail/{region}/{delivered:%Y/%m/%d}/"
               f"{account}_CloudTrail_{region}_{delivered:%Y%m%dT%H%MZ}_{suffix}.json.gz")
        gz = gzip_bytes(body)
        write(root, rel, gz)
        files.append({"rel": rel, "records": recs, "account": account, "region": region, "org": org,
                      "delivered": delivered, "newest": newest, "oldest": oldest,
                      "sha256": hashlib.sha256(body).hexdigest()})
    return sorted(files, key=lambda f: f["rel"])


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_digest(root, account, region, hour_start, logs, signed=False):
    """Write the digest CloudTrail would deliver for the log files delivered in [hour_start, hour_start + 1h)."""
    end = hour_start + dt.timedelta(hours=1)
    listed = [f for f in logs if f["account"] == account and f["region"] == region and not f["org"]
              and hour_start <= f["delivered"] < end]
    assert listed, "a digest must list at least one log file"
    rel = (f"AWSLogs/{account}/CloudTrail-Digest/{region}/{end:%Y/%m/%d}/"
           f"{account}_CloudTrail-Digest_{region}_{TRAIL}_{region}_{end:%Y%m%dT%H%M%SZ}.json.gz")
    digest = {
        "awsAccountId": account,
        "digestStartTime": iso(hour_start),
        "digestEndTime": iso(end),
        "digestS3Bucket": BUCKET,
        "digestS3Object": rel,
        "digestPublicKeyFingerprint": hashlib.md5(signing_public_der()).hexdigest() if signed else FINGERPRINT,
        "digestSignatureAlgorithm": "SHA256withRSA",
        "newestEventTime": iso(max(f["newest"] for f in listed)),
        "oldestEventTime": iso(min(f["oldest"] for f in listed)),
        "previousDigestS3Bucket": None,
        "previousDigestS3Object": None,
        "previousDigestHashValue": None,
        "previousDigestHashAlgorithm": None,
        "previousDigestSignature": None,
        "logFiles": [{"s3Bucket": BUCKET, "s3Object": f["rel"], "hashValue": f["sha256"], "hashAlgorithm": "SHA-256",
                      "newestEventTime": iso(f["newest"]), "oldestEventTime": iso(f["oldest"])} for f in listed],
    }
    content = json.dumps(digest, separators=(",", ":")).encode("utf-8")
    write(root, rel, gzip_bytes(content))
    if signed:
        # CloudTrail's string to sign; the signature lives in S3 metadata, here in the sidecar <digest>.sig
        to_sign = "\n".join([digest["digestEndTime"], BUCKET + "/" + rel, hashlib.sha256(content).hexdigest(), "null"])
        write(root, rel + ".sig", (sign(to_sign.encode("utf-8")) + "\n").encode("ascii"))
    return rel, listed


def reset(root):
    shutil.rmtree(os.path.join(root, "AWSLogs"), ignore_errors=True)


def jq_lines(program, paths):
    """Run jq over the decompressed log files; returns its output lines."""
    data = b"".join(subprocess.run(["gzip", "-dc", p], stdout=subprocess.PIPE, check=True).stdout + b"\n"
                    for p in paths)
    out = subprocess.run(["jq", "-r", program], input=data, stdout=subprocess.PIPE, check=True).stdout
    return out.decode("utf-8").splitlines()


# --- samples/ -------------------------------------------------------------------------------------------------
reset(samples)
records = load(SELECTION)
logs = build_logs(samples, records)
hour = dt.datetime.strptime(SAMPLES_DIGEST[2], "%Y-%m-%dT%H")
digest_rel, digest_listed = build_digest(samples, SAMPLES_DIGEST[0], SAMPLES_DIGEST[1], hour, logs, signed=True)
with open(os.path.join(samples, "public-keys.json"), "w", encoding="utf-8") as f:
    der = signing_public_der()
    json.dump({"PublicKeyList": [{"ValidityStartTime": "2019-01-01T00:00:00+00:00",
                                  "ValidityEndTime": "2019-12-31T00:00:00+00:00",
                                  "Value": base64.b64encode(der).decode("ascii"),
                                  "Fingerprint": hashlib.md5(der).hexdigest()}]}, f, indent=4)
    f.write("\n")

paths = [os.path.join(samples, f["rel"]) for f in logs]
counts = [int(jq_lines(".Records | length", [p])[0]) for p in paths]
total = sum(counts)
assert total == len(records)
with open(os.path.join(samples, "EXPECTED.tsv"), "w", encoding="utf-8") as f:
    for log, n in zip(logs, counts):
        f.write(f"{log['rel']}\t{n}\n")
    f.write(f"TOTAL\t{total}\n")

by_source = jq_lines('.Records[].eventSource', paths)
source_counts = {}
for s in by_source:
    source_counts[s] = source_counts.get(s, 0) + 1
by_type = jq_lines('.Records[] | .userIdentity.type // "(no type)"', paths)
type_counts = {}
for s in by_type:
    type_counts[s] = type_counts.get(s, 0) + 1
versions = sorted(set(jq_lines('.Records[].eventVersion', paths)), key=lambda v: tuple(map(int, v.split("."))))
with_error = len(jq_lines('.Records[] | select(.errorCode != null) | .errorCode', paths))

readme = []
w = readme.append
w("# Sample CloudTrail logs\n")
w("A small CloudTrail S3 delivery tree for the README demo and the CLI tests, built from **real records** of the")
w("project's corpus (`cloudtrail-parser/src/test/resources/corpus`, see its `NOTICE.md`); no record is invented.")
w("Generated by `scripts/make-samples.sh`; do not edit by hand, rerun the script.\n")
w("## What is here\n")
w(f"- `AWSLogs/`: {len(logs)} gzipped log files `{{\"Records\":[...]}}` holding **{total} records**, in CloudTrail's")
w("  layout `AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<16 chars>.json.gz`.")
w("  One file per account/region/hour of its records: each path's account, region and date are the records'")
w("  `recipientAccountId`, `awsRegion` and `eventTime` date (the file time is the newest eventTime rounded up to 5")
w("  minutes), so filters that prune by path agree with the records.")
w(f"- An organization trail: the files under `AWSLogs/{ORG}/111122223333/` are in the layout CloudTrail uses for")
w("  organization trails.")
w(f"- One digest file a reader must skip: `{digest_rel}`, listing the")
w(f"  {len(digest_listed)} log file(s) delivered in its hour with their real SHA-256 (of the uncompressed content, as CloudTrail computes it). It is the first")
w("  digest of its chain (`previousDigest*` are null). It is signed as CloudTrail signs digests, with a throwaway")
w("  sample key (`scripts/samples-signing-key.pem`): the signature, which CloudTrail keeps in S3 object metadata, is")
w("  in the sidecar `<digest>.sig`, and `public-keys.json` holds the public key as `aws cloudtrail list-public-keys`")
w("  prints it, so `cloudtrail validate` can check the tree offline (see the main README).")
w("- `EXPECTED.tsv`: `<path relative to samples/> \\t <records>` per log file (digest excluded), then `TOTAL \\t <n>`.\n")
w("Records keep their exact bytes from the corpus except whitespace outside strings, which was removed (CloudTrail")
w("writes compact JSON). gzip -n -9, so the bytes are reproducible.\n")
w("Things a test should know:")
w("- The two EKS documentation records carry the doc placeholder `\"awsRegion\": \"region-code\"`; their files are under")
w("  `CloudTrail/region-code/`.")
w("- eventIDs are not unique: the Panther records reuse `\"1\"` and `\"1111\"`, and share `2019-01-01T00:00:00Z`.")
w(f"- The records span {min(r['time'] for r in records)[:4]}-{max(r['time'] for r in records)[:4]} and eventVersion "
  f"{versions[0]}-{versions[-1]}; records are in source order inside a file, not sorted by time.")
w("- A file's time may fall in the next hour (00:56:34 is delivered in `..._T0100Z_...`), never on another day.\n")
w("## Counts (jq over the decompressed log files)\n")
w(f"Total records: **{total}** in {len(logs)} log files; records with `errorCode`: {with_error}.\n")
w("| eventSource | records |")
w("|---|---|")
for s, n in sorted(source_counts.items(), key=lambda kv: (-kv[1], kv[0])):
    w(f"| `{s}` | {n} |")
w("")
w("| userIdentity.type | records |")
w("|---|---|")
for s, n in sorted(type_counts.items(), key=lambda kv: (-kv[1], kv[0])):
    w(f"| `{s}` | {n} |")
w("")
w("Commands: `gzip -dc <files> | jq -r '.Records[].eventSource' | sort | uniq -c` and")
w("`jq -r '.Records[] | .userIdentity.type // \"(no type)\"'`.\n")
w("## Where every record comes from\n")
w("Corpus paths are relative to `cloudtrail-parser/src/test/resources/corpus/`; `#n` is the record's index in that")
w("file's `Records` array (the `eks/` files hold one bare record each). The `PROVENANCE.md`/`SOURCES.md` of each")
w("corpus folder names the upstream repository and commit.\n")
w("| log file | # | corpus file | eventSource | eventName | licence |")
w("|---|---|---|---|---|---|")
for log in logs:
    name = log["rel"].split("/")[-1]
    for k, r in enumerate(log["records"]):
        src = r["source"] + (f" #{r['index']}" if r["index"] is not None else "")
        w(f"| {'`' + name + '`' if k == 0 else ''} | {k} | `{src}` | {r['eventSource']} | {r['eventName']} | {r['licence']} |")
w("")
w("## Licences\n")
w("- `awsdocs__*` folders: AWS documentation, CC-BY-SA-4.0 for text and MIT-0 for sample code; the corpus treats the")
w("  JSON examples as CC-BY-SA-4.0 (attribution, share-alike). Sources: github.com/awsdocs/<guide> (commits in each")
w("  folder's PROVENANCE.md).")
w("- `eks/awsdocs-*`: sample code of github.com/awsdocs/amazon-eks-user-guide, MIT-0.")
w("- `eks/panther-*` and `panther-labs__panther-analysis`: github.com/panther-labs/panther-analysis, Apache-2.0.")
with open(os.path.join(samples, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(readme) + "\n")

# --- trees/eks-seed ------------------------------------------------------------------------------------------------
reset(eks_seed)
seed_logs = build_logs(eks_seed, load(EKS_SEED))
for log in seed_logs:
    start = log["delivered"].replace(minute=0)
    build_digest(eks_seed, log["account"], log["region"], start, seed_logs)
eks_copy = os.path.join(repo, "cloudtrail-eks/src/test/resources/trees/eks-seed")
reset(eks_copy)
shutil.copytree(os.path.join(eks_seed, "AWSLogs"), os.path.join(eks_copy, "AWSLogs"))

print(f"make-samples: {len(logs)} log files, {total} records, digest {digest_rel}; "
      f"eks-seed: {len(seed_logs)} log files", file=sys.stderr)
PY
