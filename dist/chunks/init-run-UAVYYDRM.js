import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as c,e as q,f as te}from"./chunk-FWOF265J.js";import{a as X,c as F,d as Q,e as Z,g as ee}from"./chunk-TYH7PDEM.js";import{a as z}from"./chunk-MH7ZWNOM.js";import"./chunk-DV7WUBRL.js";import"./chunk-GDMRIKR4.js";import"./chunk-SYXDAY6K.js";import{n as G}from"./chunk-ANC7D5M5.js";import{a as O,j as D,l as V}from"./chunk-MSSHJY3L.js";import"./chunk-GFST3XHR.js";import{b as re}from"./chunk-W2JOX6XD.js";import"./chunk-55PVNCUF.js";import"./chunk-N2S75AVD.js";import"./chunk-4GWCTPQN.js";import"./chunk-ICWQV3JB.js";import"./chunk-JVPWHHCE.js";import"./chunk-OEFZKMDG.js";import{$ as C,La as ne,_ as d,aa as K,ba as T,ca as U,da as W,e as R,ea as I,f as _,ja as Y,ma as b,na as H,ya as J}from"./chunk-AI2RKWHZ.js";import{a as m,b as j}from"./chunk-XXM4VQB4.js";var ie=j("node:fs"),N=ie.existsSync,se=ie.rmSync;var h=j("node:path"),oe=h.basename,w=h.dirname,f=h.join,$=h.relative,ae=h.resolve,M=h.sep;var A=j("node:fs"),me=A.existsSync,ce=A.readFileSync,pe=A.readdirSync;var L=j("node:path"),P=L.dirname,x=L.join,le=L.relative,de=L.sep;function we(){let t=P(z(import.meta.url));for(let e=0;e<5;e++){let r=x(t,"data","buskerud-2024");if(me(x(r,"agreement.yaml")))return r;t=P(t)}return null}m(we,"exampleFolder");function fe(t){return pe(t,{withFileTypes:!0}).flatMap(e=>e.isDirectory()?fe(x(t,e.name)):[x(t,e.name)])}m(fe,"walk");function ge(t){let e=we();return e?new Map(fe(e).map(r=>{let i=le(e,r).split(de).join("/"),o="../".repeat(i.split("/").length-1),n=Q(i),s=ce(r,"utf8").replace(/^supersedes: .*\n/m,""),p=n===null?s:Z(s,`${o}${t}${n}`);return[i,p]})):null}m(ge,"exampleFiles");var $e={nb:{top:"Topplederniv\xE5",middle:"Mellomlederniv\xE5",committee:"Samarbeidsutvalget",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},nn:{top:"Toppleiarniv\xE5",middle:"Mellomleiarniv\xE5",committee:"Samarbeidsutvalet",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},en:{top:"Top level",middle:"Middle level",committee:"Cooperation committee",contact:"Contact person",secretariat:"Secretariat member"}},y=m((t,e,r="")=>_(t,e).split(`
`).map(i=>`${r}# ${i}
`).join(""),"comment");function ue(t){let e=t.language,r=$e[e],i=m(a=>`# yaml-language-server: $schema=${t.schemas}${a}.schema.json
`,"schema"),o=t.parties.map(a=>`  - id: ${c(a.id)}
    name: ${c(a.name)}
${a.side?`    side: ${c(a.side)}
`:""}`).join(""),n=t.sides??[],s=n.length>0?`${y("init.comment.sides",e)}sides:
${n.map(a=>`  - id: ${c(a)}
    name: ${c(a.charAt(0).toUpperCase()+a.slice(1))}
`).join("")}`:"",p=n.length>0?`      roles:
        host: { rotate: sides, every: 1 year, from: ${t.from} }
        leader: { same: host }`:"      host: rotate",u=`${i("agreement")}${y("init.comment.agreement",e)}schemaVersion: 1
id: ${c(t.id)}
title: ${c(t.title)}
language: ${t.language}
parties:
${o}${s}validity:
  from: ${t.from}
${y("init.comment.validity",e,"  ")}  until: null
${y("init.comment.governance",e)}governance:
  bodies:
    top:
      name: ${c(r.top)}
      meets: yearly
${p}
    middle:
      name: ${c(r.middle)}
      meets: tertial
      host: secretariat
      adopts: true
    committee:
      name: ${c(r.committee)}
      meets: null
      host: secretariat
  workingGroups:
    reporting: every 4 months
  evaluation:
    agreement: yearly
    actionPlans: every 12 months
  remindDaysBefore: 30
  noticeDays: 14
`,l=t.parties.flatMap(a=>[`  - id: kontakt-${a.id}
    party: ${c(a.id)}
    role: ${c(r.contact)}
`,`  - id: sekretariat-${a.id}
    party: ${c(a.id)}
    role: ${c(r.secretariat)}
`]).join(""),S=t.parties.map(a=>`sekretariat-${a.id}`).join(", "),k=`${i("people")}${y("init.comment.people",e)}schemaVersion: 1
people:
${l}${y("init.comment.contacts",e)}contacts:
${t.parties.map(a=>`  ${c(a.id)}: kontakt-${a.id}
`).join("")}${y("init.comment.secretariat",e)}secretariat: [${S}]
${y("init.comment.committee",e)}committee:
  members: [${S}]
`;return new Map([["agreement.yaml",u],["people.yaml",k]])}m(ue,"initFiles");var E=new RegExp(G);function xe(t){return t.map(e=>{let r=e.indexOf("="),i=e.slice(0,r),o=e.slice(r+1).trim();if(r<1||!E.test(i)||o==="")throw new d({id:"init.bad-party",params:{value:e}});return{id:i,name:o}})}m(xe,"parties");function Se(t){let e=new Set;return t.map(r=>{let i=r.indexOf("="),o=r.slice(0,i),n=r.slice(i+1).split(",").map(s=>s.trim());if(i<1||!E.test(o)||n.some(s=>!E.test(s)))throw new d({id:"init.bad-side",params:{value:r}});for(let s of n){if(e.has(s))throw new d({id:"init.side-twice",params:{party:s}});e.add(s)}return{id:o,parties:n}})}m(Se,"sides");function ke(t,e){let r=new Map(t.map(n=>[n.id,n.name])),i=e.flatMap(n=>n.parties.map(s=>({id:s,name:r.get(s)??s,side:n.id}))),o=new Set(i.map(n=>n.id));return[...i,...t.filter(n=>!o.has(n.id))]}m(ke,"withSides");async function ot(t,e){let r=ae(t),i=e.language??T(e.lang,[]),o=T(e.lang,[i]),n=W(o),s=je(r,process.cwd()),p=f(s,...F),u=`${$(r,p).split(M).join("/")}/`,l;if(e.example)l=ge(u);else{let g=e.id??oe(r);if(!E.test(g))throw new d({id:"init.bad-id",params:{id:g}});if(!e.title)throw new d({id:"init.needs",params:{what:"--title"}});let v=Se(e.side??[]),B=ke(xe(e.party),v);if(B.length<2)throw new d({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});l=ue({id:g,title:e.title,language:i,from:e.from===void 0?C(void 0):K(e.from,"--from"),parties:B,sides:v.map(he=>he.id),schemas:u})}if(!l)throw new d({id:"init.no-example"});if(!b(f(r,H))&&ye(r,t,l)==="same"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}let S=te(r,process.cwd(),l),k=re({agreements:[S],known:[]},C(void 0)).filter(g=>g.severity==="error");if(k.length>0){let g={findings:k,agreements:1,render:m(v=>R(v.message,o),"render"),t:n};process.stdout.write(ne(g,U(e))),process.exitCode=1;return}if(await ve(r,t,l)==="already"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}for(let g of l.keys())process.stderr.write(`${n("cli.wrote",{path:f(t,g)})}
`);await be(s,e.example?"nb":i,n);let a=$(process.cwd(),p).split(M).join("/");process.stderr.write(`${n("init.next",{dir:t,schemas:a})}
`)}m(ot,"runInit");function ye(t,e,r){let i=[...r.keys()].filter(n=>b(f(t,n)));if(i.length===0)return"absent";if(i.length===r.size&&[...r].every(([n,s])=>Y(f(t,n),J)===s))return"same";throw new d({id:"init.exists",params:{path:f(e,i[0])}})}m(ye,"existing");async function ve(t,e,r){let i=null;for(let n=t;!N(n)&&w(n)!==n;n=w(n))i=n;I(e,()=>D(t));let o=[...r].map(([n,s])=>q(n,s,null));try{let n=await ee(t).catch(s=>{if(s instanceof O)throw new d(s.detail,1);let p=s.code??"error";throw new d({id:"edit.cannot-lock",params:{code:p}})});try{return ye(t,e,r)==="same"?"already":(I(e,()=>X(t,o,n)),"written")}finally{n.release()}}catch(n){throw i&&se(i,{recursive:!0,force:!0}),n}}m(ve,"writeAll");function je(t,e){let r=$(e,t),i=r!==""&&!r.startsWith("..")&&!r.startsWith(M);if(i)for(let o=w(t);;o=w(o)){if(N(f(o,...F)))return o;if(o===e||w(o)===o)break}return i?e:t}m(je,"schemaBaseFor");async function be(t,e,r){let{jsonSchemas:i}=await import("./json-schema-VWGGLCDG.js");for(let{name:o,text:n}of i(e)){let s=f(...F,o),p=$(process.cwd(),f(t,s));if(!b(f(t,s)))try{V(D(t),s,n),process.stderr.write(`${r("cli.wrote",{path:p})}
`)}catch(u){let l=u instanceof O?R(u.detail,e):r("cli.write-failed",{path:p,code:u.code??"error"});process.stderr.write(`samarbeid: ${l}
`)}}}m(be,"writeMissingSchemas");export{ot as runInit};
