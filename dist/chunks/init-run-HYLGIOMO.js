import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as c,e as q,f as te}from"./chunk-W7VOD5SO.js";import{a as X,c as F,d as Q,e as Z,f as ee}from"./chunk-NJ563YWX.js";import{a as z}from"./chunk-MH7ZWNOM.js";import"./chunk-MTKIJJGE.js";import"./chunk-SLAHZUQD.js";import"./chunk-5KHDR4GA.js";import{n as G}from"./chunk-DKU4ROIB.js";import"./chunk-OMLLCDGC.js";import{a as O,j as D,l as J}from"./chunk-NNENKNAV.js";import{b as ie}from"./chunk-X6664PFD.js";import"./chunk-VVW5JGK4.js";import"./chunk-MD6CKC67.js";import"./chunk-4GWCTPQN.js";import"./chunk-LWSZPVXM.js";import"./chunk-JVPWHHCE.js";import{$ as d,Ja as ne,aa as R,ba as K,ca as C,da as U,ea as W,fa as T,g as I,h as _,ka as Y,na as b,oa as H,xa as V}from"./chunk-VGWNQJWV.js";import{a as m,b as j}from"./chunk-XXM4VQB4.js";var re=j("node:fs"),P=re.existsSync,se=re.rmSync;var h=j("node:path"),oe=h.basename,w=h.dirname,l=h.join,$=h.relative,ae=h.resolve,M=h.sep;var A=j("node:fs"),me=A.existsSync,ce=A.readFileSync,pe=A.readdirSync;var L=j("node:path"),N=L.dirname,x=L.join,le=L.relative,de=L.sep;function we(){let t=N(z(import.meta.url));for(let e=0;e<5;e++){let i=x(t,"data","buskerud-2024");if(me(x(i,"agreement.yaml")))return i;t=N(t)}return null}m(we,"exampleFolder");function fe(t){return pe(t,{withFileTypes:!0}).flatMap(e=>e.isDirectory()?fe(x(t,e.name)):[x(t,e.name)])}m(fe,"walk");function ge(t){let e=we();return e?new Map(fe(e).map(i=>{let r=le(e,i).split(de).join("/"),o="../".repeat(r.split("/").length-1),n=Q(r),s=ce(i,"utf8").replace(/^supersedes: .*\n/m,""),f=n===null?s:Z(s,`${o}${t}${n}`);return[r,f]})):null}m(ge,"exampleFiles");var $e={nb:{top:"Topplederniv\xE5",middle:"Mellomlederniv\xE5",committee:"Samarbeidsutvalget",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},nn:{top:"Toppleiarniv\xE5",middle:"Mellomleiarniv\xE5",committee:"Samarbeidsutvalet",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},en:{top:"Top level",middle:"Middle level",committee:"Cooperation committee",contact:"Contact person",secretariat:"Secretariat member"}},y=m((t,e,i="")=>_(t,e).split(`
`).map(r=>`${i}# ${r}
`).join(""),"comment");function ue(t){let e=t.language,i=$e[e],r=m(a=>`# yaml-language-server: $schema=${t.schemas}${a}.schema.json
`,"schema"),o=t.parties.map(a=>`  - id: ${c(a.id)}
    name: ${c(a.name)}
${a.side?`    side: ${c(a.side)}
`:""}`).join(""),n=t.sides??[],s=n.length>0?`${y("init.comment.sides",e)}sides:
${n.map(a=>`  - id: ${c(a)}
    name: ${c(a.charAt(0).toUpperCase()+a.slice(1))}
`).join("")}`:"",f=n.length>0?`      roles:
        host: { rotate: sides, every: 1 year, from: ${t.from} }
        leader: { same: host }`:"      host: rotate",u=`${r("agreement")}${y("init.comment.agreement",e)}schemaVersion: 1
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
      name: ${c(i.top)}
      meets: yearly
${f}
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
`,p=t.parties.flatMap(a=>[`  - id: kontakt-${a.id}
    party: ${c(a.id)}
    role: ${c(i.contact)}
`,`  - id: sekretariat-${a.id}
    party: ${c(a.id)}
    role: ${c(i.secretariat)}
`]).join(""),S=t.parties.map(a=>`sekretariat-${a.id}`).join(", "),v=`${r("people")}${y("init.comment.people",e)}schemaVersion: 1
people:
${p}${y("init.comment.contacts",e)}contacts:
${t.parties.map(a=>`  ${c(a.id)}: kontakt-${a.id}
`).join("")}${y("init.comment.secretariat",e)}secretariat: [${S}]
${y("init.comment.committee",e)}committee:
  members: [${S}]
`;return new Map([["agreement.yaml",u],["people.yaml",v]])}m(ue,"initFiles");var E=new RegExp(G);function xe(t){return t.map(e=>{let i=e.indexOf("="),r=e.slice(0,i),o=e.slice(i+1).trim();if(i<1||!E.test(r)||o==="")throw new d({id:"init.bad-party",params:{value:e}});return{id:r,name:o}})}m(xe,"parties");function Se(t){let e=new Set;return t.map(i=>{let r=i.indexOf("="),o=i.slice(0,r),n=i.slice(r+1).split(",").map(s=>s.trim());if(r<1||!E.test(o)||n.some(s=>!E.test(s)))throw new d({id:"init.bad-side",params:{value:i}});for(let s of n){if(e.has(s))throw new d({id:"init.side-twice",params:{party:s}});e.add(s)}return{id:o,parties:n}})}m(Se,"sides");function ve(t,e){let i=new Map(t.map(n=>[n.id,n.name])),r=e.flatMap(n=>n.parties.map(s=>({id:s,name:i.get(s)??s,side:n.id}))),o=new Set(r.map(n=>n.id));return[...r,...t.filter(n=>!o.has(n.id))]}m(ve,"withSides");async function ot(t,e){let i=ae(t),r=e.language??C(e.lang,[]),o=C(e.lang,[r]),n=W(o),s=je(i,process.cwd()),f=l(s,...F),u=`${$(i,f).split(M).join("/")}/`,p;if(e.example)p=ge(u);else{let g=e.id??oe(i);if(!E.test(g))throw new d({id:"init.bad-id",params:{id:g}});if(!e.title)throw new d({id:"init.needs",params:{what:"--title"}});let k=Se(e.side??[]),B=ve(xe(e.party),k);if(B.length<2)throw new d({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});p=ue({id:g,title:e.title,language:r,from:e.from===void 0?R(void 0):K(e.from,"--from"),parties:B,sides:k.map(he=>he.id),schemas:u})}if(!p)throw new d({id:"init.no-example"});if(!b(l(i,H))&&ye(i,t,p)==="same"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}let S=te(i,process.cwd(),p),v=ie({agreements:[S],known:[]},R(void 0)).filter(g=>g.severity==="error");if(v.length>0){let g={findings:v,agreements:1,render:m(k=>I(k.message,o),"render"),t:n};process.stdout.write(ne(g,U(e))),process.exitCode=1;return}if(await ke(i,t,p)==="already"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}for(let g of p.keys())process.stderr.write(`${n("cli.wrote",{path:l(t,g)})}
`);await be(s,e.example?"nb":r,n);let a=$(process.cwd(),f).split(M).join("/");process.stderr.write(`${n("init.next",{dir:t,schemas:a})}
`)}m(ot,"runInit");function ye(t,e,i){let r=[...i.keys()].filter(n=>b(l(t,n)));if(r.length===0)return"absent";if(r.length===i.size&&[...i].every(([n,s])=>Y(l(t,n),V)===s))return"same";throw new d({id:"init.exists",params:{path:l(e,r[0])}})}m(ye,"existing");async function ke(t,e,i){let r=null;for(let n=t;!P(n)&&w(n)!==n;n=w(n))r=n;T(e,()=>D(t));let o=[...i].map(([n,s])=>q(n,s,null));try{let n=await ee(t).catch(s=>{throw s instanceof O?new d(s.detail,1):s});try{return ye(t,e,i)==="same"?"already":(T(e,()=>X(t,o,n)),"written")}finally{n.release()}}catch(n){throw r&&se(r,{recursive:!0,force:!0}),n}}m(ke,"writeAll");function je(t,e){let i=$(e,t),r=i!==""&&!i.startsWith("..")&&!i.startsWith(M);if(r)for(let o=w(t);;o=w(o)){if(P(l(o,...F)))return o;if(o===e||w(o)===o)break}return r?e:t}m(je,"schemaBaseFor");async function be(t,e,i){let{jsonSchemas:r}=await import("./json-schema-4AA36DA4.js");for(let{name:o,text:n}of r(e)){let s=l(...F,o),f=$(process.cwd(),l(t,s));if(!b(l(t,s)))try{J(D(t),s,n),process.stderr.write(`${i("cli.wrote",{path:f})}
`)}catch(u){let p=u instanceof O?I(u.detail,e):i("cli.write-failed",{path:f,code:u.code??"error"});process.stderr.write(`samarbeid: ${p}
`)}}}m(be,"writeMissingSchemas");export{ot as runInit};
