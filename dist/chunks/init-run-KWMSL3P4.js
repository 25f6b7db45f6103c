import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as c,e as J,f as z}from"./chunk-EFTV5K2Q.js";import{a as T,b as $,c as V,d as Y,j as _,l as S,m as B,n as G}from"./chunk-6OIPY7ED.js";import{a as W}from"./chunk-MH7ZWNOM.js";import"./chunk-23XJGDXG.js";import"./chunk-TONNBQUZ.js";import"./chunk-2L3VFBDW.js";import{n as H}from"./chunk-A6KMERZX.js";import{a as K}from"./chunk-SSPAGGHW.js";import"./chunk-AXDVZ4L4.js";import"./chunk-5DYKUOMS.js";import{b as X}from"./chunk-7BUZA7J2.js";import"./chunk-YL354AAU.js";import"./chunk-PGL66KPC.js";import"./chunk-4GWCTPQN.js";import"./chunk-ICWQV3JB.js";import"./chunk-JVPWHHCE.js";import"./chunk-TF6ZXYI6.js";import{$ as L,_ as d,aa as N,ba as C,ca as P,da as U,e as O,ea as R,f as I,xa as Q}from"./chunk-CZNEAG2Z.js";import{a as m,b as M}from"./chunk-XXM4VQB4.js";var A=M("node:fs"),k=A.existsSync,Z=A.mkdirSync,q=A.rmSync;var u=M("node:path"),ee=u.basename,v=u.dirname,f=u.join,w=u.relative,te=u.resolve,b=u.sep;var D=M("node:fs"),ne=D.existsSync,ie=D.readFileSync,re=D.readdirSync;function ce(){let t=T(W(import.meta.url));for(let e=0;e<5;e++){let n=$(t,"data","buskerud-2024");if(ne($(n,"agreement.yaml")))return n;t=T(t)}return null}m(ce,"exampleFolder");function se(t){return re(t,{withFileTypes:!0}).flatMap(e=>e.isDirectory()?se($(t,e.name)):[$(t,e.name)])}m(se,"walk");function oe(t){let e=ce();return e?new Map(se(e).map(n=>{let s=V(e,n).split(Y).join("/"),o="../".repeat(s.split("/").length-1),r=B(s),a=ie(n,"utf8").replace(/^supersedes: .*\n/m,""),l=r===null?a:G(a,`${o}${t}${r}`);return[s,l]})):null}m(oe,"exampleFiles");var pe={nb:{top:"Topplederniv\xE5",middle:"Mellomlederniv\xE5",committee:"Samarbeidsutvalget",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},nn:{top:"Toppleiarniv\xE5",middle:"Mellomleiarniv\xE5",committee:"Samarbeidsutvalet",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},en:{top:"Top level",middle:"Middle level",committee:"Cooperation committee",contact:"Contact person",secretariat:"Secretariat member"}},g=m((t,e,n="")=>I(t,e).split(`
`).map(s=>`${n}# ${s}
`).join(""),"comment");function ae(t){let e=t.language,n=pe[e],s=m(i=>`# yaml-language-server: $schema=${t.schemas}${i}.schema.json
`,"schema"),o=t.parties.map(i=>`  - id: ${c(i.id)}
    name: ${c(i.name)}
${i.side?`    side: ${c(i.side)}
`:""}`).join(""),r=t.sides??[],a=r.length>0?`${g("init.comment.sides",e)}sides:
${r.map(i=>`  - id: ${c(i)}
    name: ${c(i.charAt(0).toUpperCase()+i.slice(1))}
`).join("")}`:"",l=r.length>0?`      roles:
        host: { rotate: sides, every: 1 year, from: ${t.from} }
        leader: { same: host }`:"      host: rotate",p=`${s("agreement")}${g("init.comment.agreement",e)}schemaVersion: 1
id: ${c(t.id)}
title: ${c(t.title)}
language: ${t.language}
parties:
${o}${a}validity:
  from: ${t.from}
${g("init.comment.validity",e,"  ")}  until: null
${g("init.comment.governance",e)}governance:
  bodies:
    top:
      name: ${c(n.top)}
      meets: yearly
${l}
    middle:
      name: ${c(n.middle)}
      meets: tertial
      host: secretariat
      adopts: true
    committee:
      name: ${c(n.committee)}
      meets: null
      host: secretariat
  workingGroups:
    reporting: every 4 months
  evaluation:
    agreement: yearly
    actionPlans: every 12 months
  remindDaysBefore: 30
  noticeDays: 14
`,y=t.parties.flatMap(i=>[`  - id: kontakt-${i.id}
    party: ${c(i.id)}
    role: ${c(n.contact)}
`,`  - id: sekretariat-${i.id}
    party: ${c(i.id)}
    role: ${c(n.secretariat)}
`]).join(""),h=t.parties.map(i=>`sekretariat-${i.id}`).join(", "),F=`${s("people")}${g("init.comment.people",e)}schemaVersion: 1
people:
${y}${g("init.comment.contacts",e)}contacts:
${t.parties.map(i=>`  ${c(i.id)}: kontakt-${i.id}
`).join("")}${g("init.comment.secretariat",e)}secretariat: [${h}]
${g("init.comment.committee",e)}committee:
  members: [${h}]
`;return new Map([["agreement.yaml",p],["people.yaml",F]])}m(ae,"initFiles");var j=new RegExp(H);function le(t){return t.map(e=>{let n=e.indexOf("="),s=e.slice(0,n),o=e.slice(n+1).trim();if(n<1||!j.test(s)||o==="")throw new d({id:"init.bad-party",params:{value:e}});return{id:s,name:o}})}m(le,"parties");function de(t){let e=new Set;return t.map(n=>{let s=n.indexOf("="),o=n.slice(0,s),r=n.slice(s+1).split(",").map(a=>a.trim());if(s<1||!j.test(o)||r.some(a=>!j.test(a)))throw new d({id:"init.bad-side",params:{value:n}});for(let a of r){if(e.has(a))throw new d({id:"init.side-twice",params:{party:a}});e.add(a)}return{id:o,parties:r}})}m(de,"sides");function fe(t,e){let n=new Map(t.map(r=>[r.id,r.name])),s=e.flatMap(r=>r.parties.map(a=>({id:a,name:n.get(a)??a,side:r.id}))),o=new Set(s.map(r=>r.id));return[...s,...t.filter(r=>!o.has(r.id))]}m(fe,"withSides");async function Ye(t,e){let n=te(t),s=e.language??C(e.lang,[]),o=C(e.lang,[s]),r=U(o),a=ue(n,process.cwd()),l=`${w(n,a).split(b).join("/")}/`,p;if(e.example)p=oe(l);else{let i=e.id??ee(n);if(!j.test(i))throw new d({id:"init.bad-id",params:{id:i}});if(!e.title)throw new d({id:"init.needs",params:{what:"--title"}});let x=de(e.side??[]),E=fe(le(e.party),x);if(E.length<2)throw new d({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});p=ae({id:i,title:e.title,language:s,from:e.from===void 0?L(void 0):N(e.from,"--from"),parties:E,sides:x.map(me=>me.id),schemas:l})}if(!p)throw new d({id:"init.no-example"});for(let i of p.keys())if(k(f(n,i)))throw new d({id:"init.exists",params:{path:f(t,i)}});let y=z(n,process.cwd(),p),h=X({agreements:[y],known:[]},L(void 0)).filter(i=>i.severity==="error");if(h.length>0){let i={findings:h,agreements:1,render:m(x=>O(x.message,o),"render"),t:r};process.stdout.write(Q(i,P(e))),process.exitCode=1;return}ge(n,t,p);for(let i of p.keys())process.stderr.write(`${r("cli.wrote",{path:f(t,i)})}
`);await ye(a,e.example?"nb":s,r);let F=w(process.cwd(),a).split(b).join("/");process.stderr.write(`${r("init.next",{dir:t,schemas:F})}
`)}m(Ye,"runInit");function ge(t,e,n){let s=R(e,()=>Z(t,{recursive:!0})),o=[...n].map(([r,a])=>J(r,a,null));try{R(e,()=>_(t,o,null))}catch(r){throw s&&q(s,{recursive:!0,force:!0}),r}}m(ge,"writeAll");function ue(t,e){let n=w(e,t),s=n!==""&&!n.startsWith("..")&&!n.startsWith(b);if(s)for(let o=v(t);;o=v(o)){if(k(f(o,...S)))return f(o,...S);if(o===e||v(o)===o)break}return f(s?e:t,...S)}m(ue,"schemaFolderFor");async function ye(t,e,n){let{jsonSchemas:s}=await import("./json-schema-NCZARFEW.js");for(let{name:o,text:r}of s(e)){let a=f(t,o),l=w(process.cwd(),a);if(!k(a))try{K(a,r),process.stderr.write(`${n("cli.wrote",{path:l})}
`)}catch(p){let y=p.code??"error";process.stderr.write(`samarbeid: ${n("cli.write-failed",{path:l,code:y})}
`)}}}m(ye,"writeMissingSchemas");export{Ye as runInit};
