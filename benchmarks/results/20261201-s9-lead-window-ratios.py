import re,sys,statistics as st
blocks=[];cur=None
for line in open(sys.argv[1]):
    if line.startswith('## '):
        cur={'name':line[3:].strip(),'rows':{}};blocks.append(cur);continue
    m=re.match(r'\| (cloudtrail|json, declared schema|cloudtrail, empty files|json, declared schema, empty files|no Spark[^|]*) \| ([^|]+) \| ([\d.]+) \| [^|]* \| [^|]* \| [^|]* \| ([\d., ]+) \|',line)
    if m and cur is not None:
        cur['rows'][(m.group(1),m.group(2).strip())]=[float(x) for x in m.group(4).split(',')]
pooled={}
for b in blocks:
    r=b['rows'];k='full scan (every column, noop sink)'
    if ('cloudtrail',k) in r and ('json, declared schema',k) in r:
        c=r[('cloudtrail',k)];j=r[('json, declared schema',k)]
        rat=[x/y for x,y in zip(j,c)]
        var='new' if 'new' in b['name'].split(':')[1] or b['name'].startswith('new') else 'base'
        if 'JDK 25' in b['name']: var='new JDK25'
        if 'every query' in b['name']: var='new (every-query JVM)'
        pooled.setdefault(var,[]).extend(rat)
        print(f"{b['name'][:40]:40s} ct med {st.median(c):.3f} json med {st.median(j):.3f} ratio med {st.median(rat):.2f} ({min(rat):.2f}-{max(rat):.2f}) n={len(rat)} >=3: {sum(x>=3 for x in rat)}")
    for q in r:
        if b['name'].startswith('new, every'):
            print('   ',q, f"median {st.median(r[q]):.3f} ({min(r[q]):.3f}-{max(r[q]):.3f})")
for v,rs in pooled.items():
    print(f"POOLED {v}: median {st.median(rs):.2f} ({min(rs):.2f}-{max(rs):.2f}) n={len(rs)} >=3: {sum(x>=3 for x in rs)}")
