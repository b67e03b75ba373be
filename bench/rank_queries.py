# Queries for bench/rank.mjs: 25 current procedures of a built site, each
# as a citizen might type it (no diacritics, "d" for "đ", one swapped
# letter, its code, 3–5 words from the middle of its name).
#   python3 bench/rank_queries.py PUBLIC/du-lieu/thu-tuc.json OUT.json
import json,random,unicodedata,sys
d=json.load(open(sys.argv[1]))
procs=[p for p in d['thu_tuc'] if p['trang_thai'] in ('hieu_luc','sua_doi')]
random.seed(11)
def strip(s):
    s=s.replace('đ','d').replace('Đ','D')
    return ''.join(c for c in unicodedata.normalize('NFD',s) if not unicodedata.combining(c))
out=[]
for p in random.sample(procs,min(25,len(procs))):
    name=p['ten']; w=name.split()
    out.append(("nodiac",strip(name).lower(),p['url'],3))
    out.append(("d",name.lower().replace('đ','d'),p['url'],3))
    # one typo: swap two letters in the longest word
    i=max(range(len(w)),key=lambda k:len(w[k])); t=w[i]
    if len(t)>=4: t=t[0]+t[2]+t[1]+t[3:]
    out.append(("typo"," ".join(w[:i]+[t]+w[i+1:]),p['url'],3))
    out.append(("code",p['ma'],p['url'],1))
    if len(w)>=6:
        k=random.randint(3,5); s=random.randint(1,len(w)-k)
        out.append(("phrase"," ".join(w[s:s+k]),p['url'],5))
json.dump(out,open(sys.argv[2],'w'),ensure_ascii=False)
print(len(out))
