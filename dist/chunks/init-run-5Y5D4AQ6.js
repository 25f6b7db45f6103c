import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as c,e as ee,f as re}from"./chunk-N2K6DBTM.js";import{a as Q,e as M,f as Z,g as q,k as te,l as ne}from"./chunk-QY4GDAIP.js";import{a as Y}from"./chunk-MH7ZWNOM.js";import"./chunk-PQTJFDY5.js";import"./chunk-UCVHV3UA.js";import"./chunk-DJJRKEJ3.js";import{o as H}from"./chunk-26GKXXB4.js";import"./chunk-OMLLCDGC.js";import{a as V,j as R,l as z}from"./chunk-7MWDXBXD.js";import"./chunk-BZRNZPRV.js";import{b as X}from"./chunk-NLXRP5IL.js";import"./chunk-LNWPPOQE.js";import"./chunk-77WZWVBO.js";import"./chunk-NVW7YKF2.js";import"./chunk-FU6MADTI.js";import"./chunk-JVPWHHCE.js";import{Aa as K,Ea as j,Ga as U,Ra as W,bb as T,cb as b,db as D,eb as G,fb as J,g as I,gb as O,h as _,jb as ie,na as l}from"./chunk-CEMEVD5V.js";import{a as m,b as F}from"./chunk-XXM4VQB4.js";var se=F("node:fs"),P=se.existsSync,oe=se.rmSync;var h=F("node:path"),ae=h.basename,w=h.dirname,d=h.join,$=h.relative,me=h.resolve,L=h.sep;var A=F("node:fs"),ce=A.existsSync,pe=A.readFileSync,le=A.readdirSync;var C=F("node:path"),N=C.dirname,x=C.join,de=C.relative,fe=C.sep;function $e(){let t=N(Y(import.meta.url));for(let e=0;e<5;e++){let r=x(t,"data","buskerud-2024");if(ce(x(r,"agreement.yaml")))return r;t=N(t)}return null}m($e,"exampleFolder");function ge(t){return le(t,{withFileTypes:!0}).flatMap(e=>e.isDirectory()?ge(x(t,e.name)):[x(t,e.name)])}m(ge,"walk");function ue(t){let e=$e();return e?new Map(ge(e).map(r=>{let i=de(e,r).split(fe).join("/"),s="../".repeat(i.split("/").length-1),n=Z(i),o=pe(r,"utf8").replace(/^supersedes: .*\n/m,""),f=n===null?o:q(o,`${s}${t}${n}`);return[i,f]})):null}m(ue,"exampleFiles");var xe={nb:{top:"Topplederniv\xE5",middle:"Mellomlederniv\xE5",committee:"Samarbeidsutvalget",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},nn:{top:"Toppleiarniv\xE5",middle:"Mellomleiarniv\xE5",committee:"Samarbeidsutvalet",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},en:{top:"Top level",middle:"Middle level",committee:"Cooperation committee",contact:"Contact person",secretariat:"Secretariat member"}},u=m((t,e,r="")=>_(t,e).split(`
`).map(i=>`${r}# ${i}
`).join(""),"comment");function ye(t){let e=t.language,r=xe[e],i=m(a=>`# yaml-language-server: $schema=${t.schemas}${a}.schema.json
`,"schema"),s=t.parties.map(a=>`  - id: ${c(a.id)}
    name: ${c(a.name)}
${a.side?`    side: ${c(a.side)}
`:""}`).join(""),n=t.sides??[],o=n.length>0?`${u("init.comment.sides",e)}sides:
${n.map(a=>`  - id: ${c(a)}
    name: ${c(a.charAt(0).toUpperCase()+a.slice(1))}
`).join("")}`:"",f=n.length>0?`      roles:
        host: { rotate: sides, every: 1 year, from: ${t.from} }
        leader: { same: host }`:"      host: rotate",y=`${i("agreement")}${u("init.comment.agreement",e)}schemaVersion: 1
id: ${c(t.id)}
title: ${c(t.title)}
language: ${t.language}
parties:
${s}${o}validity:
  from: ${t.from}
${u("init.comment.validity",e,"  ")}  until: null
${u("init.comment.governance",e)}governance:
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
${u("init.comment.tracked-from",e,"  ")}  trackedFrom: ${t.trackedFrom}
`,p=t.parties.flatMap(a=>[`  - id: kontakt-${a.id}
    party: ${c(a.id)}
    role: ${c(r.contact)}
`,`  - id: sekretariat-${a.id}
    party: ${c(a.id)}
    role: ${c(r.secretariat)}
`]).join(""),k=t.parties.map(a=>`sekretariat-${a.id}`).join(", "),S=`${i("people")}${u("init.comment.people",e)}schemaVersion: 1
people:
${p}${u("init.comment.contacts",e)}contacts:
${t.parties.map(a=>`  ${c(a.id)}: kontakt-${a.id}
`).join("")}${u("init.comment.secretariat",e)}secretariat: [${k}]
${u("init.comment.committee",e)}committee:
  members: [${k}]
`;return new Map([["agreement.yaml",y],["people.yaml",S]])}m(ye,"initFiles");var E=new RegExp(H);function ke(t){return t.map(e=>{let r=e.indexOf("="),i=e.slice(0,r),s=e.slice(r+1).trim();if(r<1||!E.test(i)||s==="")throw new l({id:"init.bad-party",params:{value:e}});return{id:i,name:s}})}m(ke,"parties");function Se(t){let e=new Set;return t.map(r=>{let i=r.indexOf("="),s=r.slice(0,i),n=r.slice(i+1).split(",").map(o=>o.trim());if(i<1||!E.test(s)||n.some(o=>!E.test(o)))throw new l({id:"init.bad-side",params:{value:r}});for(let o of n){if(e.has(o))throw new l({id:"init.side-twice",params:{party:o}});e.add(o)}return{id:s,parties:n}})}m(Se,"sides");function ve(t,e){let r=new Map(t.map(n=>[n.id,n.name])),i=e.flatMap(n=>n.parties.map(o=>({id:o,name:r.get(o)??o,side:n.id}))),s=new Set(i.map(n=>n.id));return[...i,...t.filter(n=>!s.has(n.id))]}m(ve,"withSides");async function at(t,e){let r=me(t),i=e.language??T(e.lang,[]),s=T(e.lang,[i]),n=J(s),o=je(r,process.cwd()),f=d(o,...M),y=`${$(r,f).split(L).join("/")}/`,p;if(e.example)p=ue(y);else{let g=e.id??ae(r);if(!E.test(g))throw new l({id:"init.bad-id",params:{id:g}});if(!e.title)throw new l({id:"init.needs",params:{what:"--title"}});let v=Se(e.side??[]),B=ve(ke(e.party),v);if(B.length<2)throw new l({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});p=ye({id:g,title:e.title,language:i,from:e.from===void 0?b(void 0):D(e.from,"--from"),trackedFrom:e.trackedFrom===void 0?b(void 0):D(e.trackedFrom,"--tracked-from"),parties:B,sides:v.map(we=>we.id),schemas:y})}if(!p)throw new l({id:"init.no-example"});if(!j(d(r,U))&&he(r,t,p)==="same"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}let k=re(r,process.cwd(),p),S=X({agreements:[k],known:[]},b(void 0)).filter(g=>g.severity==="error");if(S.length>0){let g={findings:S,agreements:1,render:m(v=>I(v.message,s),"render"),t:n};process.stdout.write(ie(g,G(e))),process.exitCode=1;return}if(await Fe(r,t,p)==="already"){process.stderr.write(`${n("init.already",{dir:t})}
`);return}for(let g of p.keys())process.stderr.write(`${n("cli.wrote",{path:d(t,g)})}
`);await be(o,e.example?"nb":i,n);let a=$(process.cwd(),f).split(L).join("/");process.stderr.write(`${n("init.next",{dir:t,schemas:a})}
`)}m(at,"runInit");function he(t,e,r){let i=[...r.keys()].filter(n=>j(d(t,n)));if(i.length===0)return"absent";if(i.length===r.size&&[...r].every(([n,o])=>K(d(t,n),W)===o))return"same";throw new l({id:"init.exists",params:{path:d(e,i[0])}})}m(he,"existing");async function Fe(t,e,r){let i=null;for(let n=t;!P(n)&&w(n)!==n;n=w(n))i=n;O(e,()=>R(t));let s=[...r].map(([n,o])=>ee(n,o,null));try{return await ne(t,!1,n=>he(t,e,r)==="same"?"already":(O(e,()=>Q(t,s,n)),"written"))}catch(n){throw i&&oe(i,{recursive:!0,force:!0}),n instanceof te?n.refusal?new l(n.refusal.detail,1):new l({id:"edit.cannot-lock",params:{code:n.code}}):n}}m(Fe,"writeAll");function je(t,e){let r=$(e,t),i=r!==""&&!r.startsWith("..")&&!r.startsWith(L);if(i)for(let s=w(t);;s=w(s)){if(P(d(s,...M)))return s;if(s===e||w(s)===s)break}return i?e:t}m(je,"schemaBaseFor");async function be(t,e,r){let{jsonSchemas:i}=await import("./json-schema-BRNPRW3A.js");for(let{name:s,text:n}of i(e)){let o=d(...M,s),f=$(process.cwd(),d(t,o));if(!j(d(t,o)))try{z(R(t),o,n),process.stderr.write(`${r("cli.wrote",{path:f})}
`)}catch(y){let p=y instanceof V?I(y.detail,e):r("cli.write-failed",{path:f,code:y.code??"error"});process.stderr.write(`samarbeid: ${p}
`)}}}m(be,"writeMissingSchemas");export{at as runInit};
