import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as c,e as q,f as te}from"./chunk-3M4ODBO5.js";import{a as X,c as F,d as Q,e as Z,f as ee}from"./chunk-NTPJY543.js";import{a as z}from"./chunk-MH7ZWNOM.js";import"./chunk-NYIRPFLO.js";import"./chunk-4PJIQ5RG.js";import"./chunk-T544AJN2.js";import{n as G}from"./chunk-4KMM45UM.js";import"./chunk-OMLLCDGC.js";import{a as O,j as D,l as J}from"./chunk-IYRKLJ45.js";import{b as re}from"./chunk-RGH6TXBR.js";import"./chunk-LQNOE36E.js";import"./chunk-XSYZETFB.js";import"./chunk-4GWCTPQN.js";import"./chunk-ICWQV3JB.js";import"./chunk-JVPWHHCE.js";import{$ as T,Ha as ne,Y as d,Z as C,_ as K,aa as U,ba as W,ca as I,e as R,f as _,ha as Y,ka as b,la as H,ua as V}from"./chunk-TQLANMZD.js";import{a as m,b as j}from"./chunk-XXM4VQB4.js";var ie=j("node:fs"),A=ie.existsSync,se=ie.rmSync;var h=j("node:path"),oe=h.basename,w=h.dirname,l=h.join,$=h.relative,ae=h.resolve,M=h.sep;var N=j("node:fs"),me=N.existsSync,ce=N.readFileSync,pe=N.readdirSync;var L=j("node:path"),P=L.dirname,x=L.join,le=L.relative,de=L.sep;function we(){let t=P(z(import.meta.url));for(let e=0;e<5;e++){let r=x(t,"data","buskerud-2024");if(me(x(r,"agreement.yaml")))return r;t=P(t)}return null}m(we,"exampleFolder");function fe(t){return pe(t,{withFileTypes:!0}).flatMap(e=>e.isDirectory()?fe(x(t,e.name)):[x(t,e.name)])}m(fe,"walk");function ge(t){let e=we();return e?new Map(fe(e).map(r=>{let i=le(e,r).split(de).join("/"),o="../".repeat(i.split("/").length-1),n=Q(i),s=ce(r,"utf8").replace(/^supersedes: .*\n/m,""),f=n===null?s:Z(s,`${o}${t}${n}`);return[i,f]})):null}m(ge,"exampleFiles");var $e={nb:{top:"Topplederniv\xE5",middle:"Mellomlederniv\xE5",committee:"Samarbeidsutvalget",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},nn:{top:"Toppleiarniv\xE5",middle:"Mellomleiarniv\xE5",committee:"Samarbeidsutvalet",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},en:{top:"Top level",middle:"Middle level",committee:"Cooperation committee",contact:"Contact person",secretariat:"Secretariat member"}},y=m((t,e,r="")=>_(t,e).split(`
`).map(i=>`${r}# ${i}
`).join(""),"comment");function ue(t){let e=t.language,r=$e[e],i=m(a=>`# yaml-language-server: $schema=${t.schemas}${a}.schema.json
`,"schema"),o=t.parties.map(a=>`  - id: ${c(a.id)}
    name: ${c(a.name)}
${a.side?`    side: ${c(a.side)}
`:""}`).join(""),n=t.sides??[],s=n.length>0?`${y("init.comment.sides",e)}sides:
${n.map(a=>`  - id: ${c(a)}
    name: ${c(a.charAt(0).toUpperCase()+a.slice(1))}
`).join("")}`:"",f=n.length>0?`      roles:
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
${f}
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
`,p=t.parties.flatMap(a=>[`  - id: kontakt-${a.id}
    party: ${c(a.id)}
    role: ${c(r.contact)}
`,`  - id: sekretariat-${a.id}
    party: ${c(a.id)}
    role: ${c(r.secretariat)}
`]).join(""),S=t.parties.map(a=>`sekretariat-${a.id}`).join(", "),v=`${i("people")}${y("init.comment.people",e)}schemaVersion: 1
people:
${p}${y("init.comment.contacts",e)}contacts:
${t.parties.map(a=>`  ${c(a.id)}: kontakt-${a.id}
`).join("")}${y("init.comment.secretariat",e)}secretariat: [${S}]
${y("init.comment.committee",e)}committee:
  members: [${S}]
`;return new Map([["agreement.yaml",u],["people.yaml",v]])}m(ue,"initFiles");var E=new RegExp(G);function xe(t){return t.map(e=>{let r=e.indexOf("="),i=e.slice(0,r),o=e.slice(r+1).trim();if(r<1||!E.test(i)||o==="")throw new d({id:"init.bad-party",params:{value:e}});return{id:i,name:o}})}m(xe,"parties");function Se(t){let e=new Set;return t.map(r=>{let i=r.indexOf("="),o=r.slice(0,i),n=r.slice(i+1).split(",").map(s=>s.trim());if(i<1||!E.test(o)||n.some(s=>!E.test(s)))throw new d({id:"init.bad-side",params:{value:r}});for(let s of n){if(e.has(s))throw new d({id:"init.side-twice",params:{party:s}});e.add(s)}return{id:o,parties:n}})}m(Se,"sides");function ve(t,e){let r=new Map(t.map(n=>[n.id,n.name])),i=e.flatMap(n=>n.parties.map(s=>({id:s,name:r.get(s)??s,side:n.id}))),o=new Set(i.map(n=>n.id));return[...i,...t.filter(n=>!o.has(n.id))]}m(ve,"withSides");async function ot(t,e){let r=ae(t),i=e.language??T(e.lang,[]),o=T(e.lang,[i]),n=W(o),s=je(r,process.cwd()),f=l(s,...F),u=`${$(r,f).split(M).join("/")}/`,p;if(e.example)p=ge(u);else{let g=e.id??oe(r);if(!E.test(g))throw new d({id:"init.bad-id",params:{id:g}});if(!e.title)throw new d({id:"init.needs",params:{what:"--title"}});let k=Se(e.side??[]),B=ve(xe(e.party),k);if(B.length<2)throw new d({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});p=ue({id:g,title:e.title,language:i,from:e.from===void 0?C(void 0):K(e.from,"--from"),parties:B,sides:k.map(he=>he.id),schemas:u})}if(!p)throw new d({id:"init.no-example"});if(!b(l(r,H))&&ye(r,t,p)==="same"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}let S=te(r,process.cwd(),p),v=re({agreements:[S],known:[]},C(void 0)).filter(g=>g.severity==="error");if(v.length>0){let g={findings:v,agreements:1,render:m(k=>R(k.message,o),"render"),t:n};process.stdout.write(ne(g,U(e))),process.exitCode=1;return}if(await ke(r,t,p)==="already"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}for(let g of p.keys())process.stderr.write(`${n("cli.wrote",{path:l(t,g)})}
`);await be(s,e.example?"nb":i,n);let a=$(process.cwd(),f).split(M).join("/");process.stderr.write(`${n("init.next",{dir:t,schemas:a})}
`)}m(ot,"runInit");function ye(t,e,r){let i=[...r.keys()].filter(n=>b(l(t,n)));if(i.length===0)return"absent";if(i.length===r.size&&[...r].every(([n,s])=>Y(l(t,n),V)===s))return"same";throw new d({id:"init.exists",params:{path:l(e,i[0])}})}m(ye,"existing");async function ke(t,e,r){let i=null;for(let n=t;!A(n)&&w(n)!==n;n=w(n))i=n;I(e,()=>D(t));let o=[...r].map(([n,s])=>q(n,s,null));try{let n=await ee(t).catch(s=>{throw s instanceof O?new d(s.detail,1):s});try{return ye(t,e,r)==="same"?"already":(I(e,()=>X(t,o,n)),"written")}finally{n.release()}}catch(n){throw i&&se(i,{recursive:!0,force:!0}),n}}m(ke,"writeAll");function je(t,e){let r=$(e,t),i=r!==""&&!r.startsWith("..")&&!r.startsWith(M);if(i)for(let o=w(t);;o=w(o)){if(A(l(o,...F)))return o;if(o===e||w(o)===o)break}return i?e:t}m(je,"schemaBaseFor");async function be(t,e,r){let{jsonSchemas:i}=await import("./json-schema-CZRYLLHG.js");for(let{name:o,text:n}of i(e)){let s=l(...F,o),f=$(process.cwd(),l(t,s));if(!b(l(t,s)))try{J(D(t),s,n),process.stderr.write(`${r("cli.wrote",{path:f})}
`)}catch(u){let p=u instanceof O?R(u.detail,e):r("cli.write-failed",{path:f,code:u.code??"error"});process.stderr.write(`samarbeid: ${p}
`)}}}m(be,"writeMissingSchemas");export{ot as runInit};
