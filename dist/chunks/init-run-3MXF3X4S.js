import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as c,e as ee,f as re}from"./chunk-YAVFD223.js";import{a as Q,c as F,d as Z,e as q,h as te,i as ne}from"./chunk-EFERS6WX.js";import{a as H}from"./chunk-MH7ZWNOM.js";import"./chunk-KE7MNZTC.js";import"./chunk-6KKYVTCE.js";import"./chunk-YAYRLDDQ.js";import{n as V}from"./chunk-QZH2CKRH.js";import{a as W,j as C,l as Y}from"./chunk-IYRKLJ45.js";import"./chunk-6JKEOTY4.js";import{b as X}from"./chunk-PC4RPTCH.js";import"./chunk-INU5IDWH.js";import"./chunk-QNYUPSCD.js";import"./chunk-4GWCTPQN.js";import"./chunk-ICWQV3JB.js";import"./chunk-JVPWHHCE.js";import{Ca as T,Da as I,Ea as z,Fa as G,Ga as J,Ha as O,Ka as ie,T as l,da as _,e as R,f as B,ga as b,ha as K,qa as U}from"./chunk-ZPCKLZ6H.js";import{a as m,b as j}from"./chunk-XXM4VQB4.js";var se=j("node:fs"),D=se.existsSync,oe=se.rmSync;var h=j("node:path"),ae=h.basename,w=h.dirname,d=h.join,$=h.relative,me=h.resolve,M=h.sep;var A=j("node:fs"),ce=A.existsSync,pe=A.readFileSync,le=A.readdirSync;var L=j("node:path"),N=L.dirname,x=L.join,de=L.relative,fe=L.sep;function $e(){let t=N(H(import.meta.url));for(let e=0;e<5;e++){let r=x(t,"data","buskerud-2024");if(ce(x(r,"agreement.yaml")))return r;t=N(t)}return null}m($e,"exampleFolder");function ge(t){return le(t,{withFileTypes:!0}).flatMap(e=>e.isDirectory()?ge(x(t,e.name)):[x(t,e.name)])}m(ge,"walk");function ue(t){let e=$e();return e?new Map(ge(e).map(r=>{let i=de(e,r).split(fe).join("/"),s="../".repeat(i.split("/").length-1),n=Z(i),o=pe(r,"utf8").replace(/^supersedes: .*\n/m,""),f=n===null?o:q(o,`${s}${t}${n}`);return[i,f]})):null}m(ue,"exampleFiles");var xe={nb:{top:"Topplederniv\xE5",middle:"Mellomlederniv\xE5",committee:"Samarbeidsutvalget",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},nn:{top:"Toppleiarniv\xE5",middle:"Mellomleiarniv\xE5",committee:"Samarbeidsutvalet",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},en:{top:"Top level",middle:"Middle level",committee:"Cooperation committee",contact:"Contact person",secretariat:"Secretariat member"}},y=m((t,e,r="")=>B(t,e).split(`
`).map(i=>`${r}# ${i}
`).join(""),"comment");function ye(t){let e=t.language,r=xe[e],i=m(a=>`# yaml-language-server: $schema=${t.schemas}${a}.schema.json
`,"schema"),s=t.parties.map(a=>`  - id: ${c(a.id)}
    name: ${c(a.name)}
${a.side?`    side: ${c(a.side)}
`:""}`).join(""),n=t.sides??[],o=n.length>0?`${y("init.comment.sides",e)}sides:
${n.map(a=>`  - id: ${c(a)}
    name: ${c(a.charAt(0).toUpperCase()+a.slice(1))}
`).join("")}`:"",f=n.length>0?`      roles:
        host: { rotate: sides, every: 1 year, from: ${t.from} }
        leader: { same: host }`:"      host: rotate",u=`${i("agreement")}${y("init.comment.agreement",e)}schemaVersion: 1
id: ${c(t.id)}
title: ${c(t.title)}
language: ${t.language}
parties:
${s}${o}validity:
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
`;return new Map([["agreement.yaml",u],["people.yaml",v]])}m(ye,"initFiles");var E=new RegExp(V);function Se(t){return t.map(e=>{let r=e.indexOf("="),i=e.slice(0,r),s=e.slice(r+1).trim();if(r<1||!E.test(i)||s==="")throw new l({id:"init.bad-party",params:{value:e}});return{id:i,name:s}})}m(Se,"parties");function ve(t){let e=new Set;return t.map(r=>{let i=r.indexOf("="),s=r.slice(0,i),n=r.slice(i+1).split(",").map(o=>o.trim());if(i<1||!E.test(s)||n.some(o=>!E.test(o)))throw new l({id:"init.bad-side",params:{value:r}});for(let o of n){if(e.has(o))throw new l({id:"init.side-twice",params:{party:o}});e.add(o)}return{id:s,parties:n}})}m(ve,"sides");function ke(t,e){let r=new Map(t.map(n=>[n.id,n.name])),i=e.flatMap(n=>n.parties.map(o=>({id:o,name:r.get(o)??o,side:n.id}))),s=new Set(i.map(n=>n.id));return[...i,...t.filter(n=>!s.has(n.id))]}m(ke,"withSides");async function at(t,e){let r=me(t),i=e.language??T(e.lang,[]),s=T(e.lang,[i]),n=J(s),o=be(r,process.cwd()),f=d(o,...F),u=`${$(r,f).split(M).join("/")}/`,p;if(e.example)p=ue(u);else{let g=e.id??ae(r);if(!E.test(g))throw new l({id:"init.bad-id",params:{id:g}});if(!e.title)throw new l({id:"init.needs",params:{what:"--title"}});let k=ve(e.side??[]),P=ke(Se(e.party),k);if(P.length<2)throw new l({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});p=ye({id:g,title:e.title,language:i,from:e.from===void 0?I(void 0):z(e.from,"--from"),parties:P,sides:k.map(we=>we.id),schemas:u})}if(!p)throw new l({id:"init.no-example"});if(!b(d(r,K))&&he(r,t,p)==="same"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}let S=re(r,process.cwd(),p),v=X({agreements:[S],known:[]},I(void 0)).filter(g=>g.severity==="error");if(v.length>0){let g={findings:v,agreements:1,render:m(k=>R(k.message,s),"render"),t:n};process.stdout.write(ie(g,G(e))),process.exitCode=1;return}if(await je(r,t,p)==="already"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}for(let g of p.keys())process.stderr.write(`${n("cli.wrote",{path:d(t,g)})}
`);await Fe(o,e.example?"nb":i,n);let a=$(process.cwd(),f).split(M).join("/");process.stderr.write(`${n("init.next",{dir:t,schemas:a})}
`)}m(at,"runInit");function he(t,e,r){let i=[...r.keys()].filter(n=>b(d(t,n)));if(i.length===0)return"absent";if(i.length===r.size&&[...r].every(([n,o])=>_(d(t,n),U)===o))return"same";throw new l({id:"init.exists",params:{path:d(e,i[0])}})}m(he,"existing");async function je(t,e,r){let i=null;for(let n=t;!D(n)&&w(n)!==n;n=w(n))i=n;O(e,()=>C(t));let s=[...r].map(([n,o])=>ee(n,o,null));try{return await ne(t,!1,n=>he(t,e,r)==="same"?"already":(O(e,()=>Q(t,s,n)),"written"))}catch(n){throw i&&oe(i,{recursive:!0,force:!0}),n instanceof te?n.refusal?new l(n.refusal.detail,1):new l({id:"edit.cannot-lock",params:{code:n.code}}):n}}m(je,"writeAll");function be(t,e){let r=$(e,t),i=r!==""&&!r.startsWith("..")&&!r.startsWith(M);if(i)for(let s=w(t);;s=w(s)){if(D(d(s,...F)))return s;if(s===e||w(s)===s)break}return i?e:t}m(be,"schemaBaseFor");async function Fe(t,e,r){let{jsonSchemas:i}=await import("./json-schema-M52RGTNO.js");for(let{name:s,text:n}of i(e)){let o=d(...F,s),f=$(process.cwd(),d(t,o));if(!b(d(t,o)))try{Y(C(t),o,n),process.stderr.write(`${r("cli.wrote",{path:f})}
`)}catch(u){let p=u instanceof W?R(u.detail,e):r("cli.write-failed",{path:f,code:u.code??"error"});process.stderr.write(`samarbeid: ${p}
`)}}}m(Fe,"writeMissingSchemas");export{at as runInit};
