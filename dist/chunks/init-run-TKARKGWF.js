import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as c,e as W,f as H}from"./chunk-WSKVGQWA.js";import{f as N,h as w,i as P,j as U}from"./chunk-QS4J7MK2.js";import"./chunk-U24JNUSF.js";import"./chunk-S6XHYYG6.js";import"./chunk-7UAACG7E.js";import{n as T}from"./chunk-5XOBPUWG.js";import{a as I}from"./chunk-KBVJLTM4.js";import"./chunk-AXDVZ4L4.js";import"./chunk-EGVECSO4.js";import{b as V}from"./chunk-COQN6RO7.js";import"./chunk-BV2AXOPT.js";import"./chunk-UKM5ZZPT.js";import{Aa as K,L as R,M as A,da as d,ea as v,fa as D,ga as b,ha as E,ia as O,ja as j}from"./chunk-EAZOFLZG.js";import{a as m}from"./chunk-XXM4VQB4.js";import{existsSync as L,mkdirSync as nt,rmSync as rt}from"node:fs";import{basename as st,dirname as M,join as g,relative as k,resolve as ot,sep as F}from"node:path";import{existsSync as z,readdirSync as Q,readFileSync as X}from"node:fs";import{dirname as Y,join as y,relative as Z,sep as q}from"node:path";import{fileURLToPath as tt}from"node:url";function et(){let e=Y(tt(import.meta.url));for(let t=0;t<5;t++){let i=y(e,"data","buskerud-2024");if(z(y(i,"agreement.yaml")))return i;e=Y(e)}return null}m(et,"exampleFolder");function _(e){return Q(e,{withFileTypes:!0}).flatMap(t=>t.isDirectory()?_(y(e,t.name)):[y(e,t.name)])}m(_,"walk");function B(e){let t=et();return t?new Map(_(t).map(i=>{let s=Z(t,i).split(q).join("/"),o="../".repeat(s.split("/").length-1),r=P(s),a=X(i,"utf8").replace(/^supersedes: .*\n/m,""),l=r===null?a:U(a,`${o}${e}${r}`);return[s,l]})):null}m(B,"exampleFiles");var it={nb:{top:"Topplederniv\xE5",middle:"Mellomlederniv\xE5",committee:"Samarbeidsutvalget",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},nn:{top:"Toppleiarniv\xE5",middle:"Mellomleiarniv\xE5",committee:"Samarbeidsutvalet",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},en:{top:"Top level",middle:"Middle level",committee:"Cooperation committee",contact:"Contact person",secretariat:"Secretariat member"}},f=m((e,t,i="")=>A(e,t).split(`
`).map(s=>`${i}# ${s}
`).join(""),"comment");function G(e){let t=e.language,i=it[t],s=m(n=>`# yaml-language-server: $schema=${e.schemas}${n}.schema.json
`,"schema"),o=e.parties.map(n=>`  - id: ${c(n.id)}
    name: ${c(n.name)}
${n.side?`    side: ${c(n.side)}
`:""}`).join(""),r=e.sides??[],a=r.length>0?`${f("init.comment.sides",t)}sides:
${r.map(n=>`  - id: ${c(n)}
    name: ${c(n.charAt(0).toUpperCase()+n.slice(1))}
`).join("")}`:"",l=r.length>0?`      roles:
        host: { rotate: sides, every: 1 year, from: ${e.from} }
        leader: { same: host }`:"      host: rotate",p=`${s("agreement")}${f("init.comment.agreement",t)}schemaVersion: 1
id: ${c(e.id)}
title: ${c(e.title)}
language: ${e.language}
parties:
${o}${a}validity:
  from: ${e.from}
${f("init.comment.validity",t,"  ")}  until: null
${f("init.comment.governance",t)}governance:
  bodies:
    top:
      name: ${c(i.top)}
      meets: yearly
${l}
    middle:
      name: ${c(i.middle)}
      meets: tertial
      host: secretariat
      adopts: true
    committee:
      name: ${c(i.committee)}
      meets: null
      host: secretariat
  workingGroups:
    reporting: every 4 months
  evaluation:
    agreement: yearly
    actionPlans: every 12 months
  remindDaysBefore: 30
  noticeDays: 14
`,u=e.parties.flatMap(n=>[`  - id: kontakt-${n.id}
    party: ${c(n.id)}
    role: ${c(i.contact)}
`,`  - id: sekretariat-${n.id}
    party: ${c(n.id)}
    role: ${c(i.secretariat)}
`]).join(""),h=e.parties.map(n=>`sekretariat-${n.id}`).join(", "),x=`${s("people")}${f("init.comment.people",t)}schemaVersion: 1
people:
${u}${f("init.comment.contacts",t)}contacts:
${e.parties.map(n=>`  ${c(n.id)}: kontakt-${n.id}
`).join("")}${f("init.comment.secretariat",t)}secretariat: [${h}]
${f("init.comment.committee",t)}committee:
  members: [${h}]
`;return new Map([["agreement.yaml",p],["people.yaml",x]])}m(G,"initFiles");var S=new RegExp(T);function at(e){return e.map(t=>{let i=t.indexOf("="),s=t.slice(0,i),o=t.slice(i+1).trim();if(i<1||!S.test(s)||o==="")throw new d({id:"init.bad-party",params:{value:t}});return{id:s,name:o}})}m(at,"parties");function mt(e){let t=new Set;return e.map(i=>{let s=i.indexOf("="),o=i.slice(0,s),r=i.slice(s+1).split(",").map(a=>a.trim());if(s<1||!S.test(o)||r.some(a=>!S.test(a)))throw new d({id:"init.bad-side",params:{value:i}});for(let a of r){if(t.has(a))throw new d({id:"init.side-twice",params:{party:a}});t.add(a)}return{id:o,parties:r}})}m(mt,"sides");function ct(e,t){let i=new Map(e.map(r=>[r.id,r.name])),s=t.flatMap(r=>r.parties.map(a=>({id:a,name:i.get(a)??a,side:r.id}))),o=new Set(s.map(r=>r.id));return[...s,...e.filter(r=>!o.has(r.id))]}m(ct,"withSides");async function Nt(e,t){let i=ot(e),s=t.language??b(t.lang,[]),o=b(t.lang,[s]),r=O(o),a=lt(i,process.cwd()),l=`${k(i,a).split(F).join("/")}/`,p;if(t.example)p=B(l);else{let n=t.id??st(i);if(!S.test(n))throw new d({id:"init.bad-id",params:{id:n}});if(!t.title)throw new d({id:"init.needs",params:{what:"--title"}});let $=mt(t.side??[]),C=ct(at(t.party),$);if(C.length<2)throw new d({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});p=G({id:n,title:t.title,language:s,from:t.from===void 0?v(void 0):D(t.from,"--from"),parties:C,sides:$.map(J=>J.id),schemas:l})}if(!p)throw new d({id:"init.no-example"});for(let n of p.keys())if(L(g(i,n)))throw new d({id:"init.exists",params:{path:g(e,n)}});let u=H(i,process.cwd(),p),h=V({agreements:[u],known:[]},v(void 0)).filter(n=>n.severity==="error");if(h.length>0){let n={findings:h,agreements:1,render:m($=>R($.message,o),"render"),t:r};process.stdout.write(K.text(n,E(t))),process.exitCode=1;return}pt(i,e,p);for(let n of p.keys())process.stderr.write(`${r("cli.wrote",{path:g(e,n)})}
`);await dt(a,t.example?"nb":s,r);let x=k(process.cwd(),a).split(F).join("/");process.stderr.write(`${r("init.next",{dir:e,schemas:x})}
`)}m(Nt,"runInit");function pt(e,t,i){let s=j(t,()=>nt(e,{recursive:!0})),o=[...i].map(([r,a])=>W(r,a,null));try{j(t,()=>N(e,o,null))}catch(r){throw s&&rt(s,{recursive:!0,force:!0}),r}}m(pt,"writeAll");function lt(e,t){let i=k(t,e),s=i!==""&&!i.startsWith("..")&&!i.startsWith(F);if(s)for(let o=M(e);;o=M(o)){if(L(g(o,...w)))return g(o,...w);if(o===t||M(o)===o)break}return g(s?t:e,...w)}m(lt,"schemaFolderFor");async function dt(e,t,i){let{jsonSchemas:s}=await import("./json-schema-WIDJEE4Y.js");for(let{name:o,text:r}of s(t)){let a=g(e,o),l=k(process.cwd(),a);if(!L(a))try{I(a,r),process.stderr.write(`${i("cli.wrote",{path:l})}
`)}catch(p){let u=p.code??"error";process.stderr.write(`samarbeid: ${i("cli.write-failed",{path:l,code:u})}
`)}}}m(dt,"writeMissingSchemas");export{Nt as runInit};
