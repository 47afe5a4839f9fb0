import{c as X,d as Y}from"./chunk-4GUNZEP4.js";import{a as q,b as tt}from"./chunk-PMPHR3VW.js";import{c as Q}from"./chunk-SJFZMADT.js";import{k as J}from"./chunk-433MDYIF.js";import{a as K,c as W}from"./chunk-R5UDUAJS.js";import{E as H,a as Z}from"./chunk-7RTFUMQG.js";import{Fa as s,Ib as G,Mb as z,Nb as $,Ob as C,Qa as E,Ra as A,X as y,Y as k,_ as w,aa as c,cb as N,db as u,eb as b,fa as f,fb as h,g as L,ga as v,ha as x,hb as R,i as O,ia as B,ib as V,jb as j,kb as p,lb as r,mb as l,mc as U,na as F,nb as P,oc as T,pc as S,ub as I,wb as m,yb as d}from"./chunk-I47EGPJT.js";function nt(i,n){if(i&1&&(r(0,"mat-option",17),z(1),l()),i&2){let t=n.$implicit;p("value",t),s(),C(" ",t," ")}}function ot(i,n){if(i&1){let t=I();r(0,"mat-form-field",14)(1,"mat-select",16,0),m("selectionChange",function(e){f(t);let o=d(2);return v(o._changePageSize(e.value))}),V(3,nt,2,2,"mat-option",17,R),l(),r(5,"div",18),m("click",function(){f(t);let e=G(2);return v(e.open())}),l()()}if(i&2){let t=d(2);p("appearance",t._formFieldAppearance)("color",t.color),s(),p("value",t.pageSize)("disabled",t.disabled),N("aria-labelledby",t._pageSizeLabelId),p("panelClass",t.selectConfig.panelClass||"")("disableOptionCentering",t.selectConfig.disableOptionCentering),s(2),j(t._displayedPageSizeOptions)}}function rt(i,n){if(i&1&&(r(0,"div",15),z(1),l()),i&2){let t=d(2);s(),$(t.pageSize)}}function st(i,n){if(i&1&&(r(0,"div",3)(1,"div",13),z(2),l(),b(3,ot,6,7,"mat-form-field",14),b(4,rt,2,1,"div",15),l()),i&2){let t=d();s(),u("id",t._pageSizeLabelId),s(),C(" ",t._intl.itemsPerPageLabel," "),s(),h(t._displayedPageSizeOptions.length>1?3:-1),s(),h(t._displayedPageSizeOptions.length<=1?4:-1)}}function lt(i,n){if(i&1){let t=I();r(0,"button",19),m("click",function(){f(t);let e=d();return v(e._buttonClicked(0,e._previousButtonsDisabled()))}),x(),r(1,"svg",8),P(2,"path",20),l()()}if(i&2){let t=d();p("matTooltip",t._intl.firstPageLabel)("matTooltipDisabled",t._previousButtonsDisabled())("disabled",t._previousButtonsDisabled())("tabindex",t._previousButtonsDisabled()?-1:null),u("aria-label",t._intl.firstPageLabel)}}function pt(i,n){if(i&1){let t=I();r(0,"button",21),m("click",function(){f(t);let e=d();return v(e._buttonClicked(e.getNumberOfPages()-1,e._nextButtonsDisabled()))}),x(),r(1,"svg",8),P(2,"path",22),l()()}if(i&2){let t=d();p("matTooltip",t._intl.lastPageLabel)("matTooltipDisabled",t._nextButtonsDisabled())("disabled",t._nextButtonsDisabled())("tabindex",t._nextButtonsDisabled()?-1:null),u("aria-label",t._intl.lastPageLabel)}}var M=(()=>{class i{changes=new L;itemsPerPageLabel="Items per page:";nextPageLabel="Next page";previousPageLabel="Previous page";firstPageLabel="First page";lastPageLabel="Last page";getRangeLabel=(t,a,e)=>{if(e==0||a==0)return`0 of ${e}`;e=Math.max(e,0);let o=t*a,g=o<e?Math.min(o+a,e):o+a;return`${o+1} \u2013 ${g} of ${e}`};static \u0275fac=function(a){return new(a||i)};static \u0275prov=y({token:i,factory:i.\u0275fac,providedIn:"root"})}return i})(),dt=50;var gt=new w("MAT_PAGINATOR_DEFAULT_OPTIONS"),ct=(()=>{class i{_intl=c(M);_changeDetectorRef=c(U);_formFieldAppearance;_pageSizeLabelId=c(H).getId("mat-paginator-page-size-label-");_intlChanges;_isInitialized=!1;_initializedStream=new O(1);color;get pageIndex(){return this._pageIndex}set pageIndex(t){this._pageIndex=Math.max(t||0,0),this._changeDetectorRef.markForCheck()}_pageIndex=0;get length(){return this._length}set length(t){this._length=t||0,this._changeDetectorRef.markForCheck()}_length=0;get pageSize(){return this._pageSize}set pageSize(t){this._pageSize=Math.max(t||0,0),this._updateDisplayedPageSizeOptions()}_pageSize;get pageSizeOptions(){return this._pageSizeOptions}set pageSizeOptions(t){this._pageSizeOptions=(t||[]).map(a=>S(a,0)),this._updateDisplayedPageSizeOptions()}_pageSizeOptions=[];hidePageSize=!1;showFirstLastButtons=!1;selectConfig={};disabled=!1;page=new F;_displayedPageSizeOptions;initialized=this._initializedStream;constructor(){let t=this._intl,a=c(gt,{optional:!0});if(this._intlChanges=t.changes.subscribe(()=>this._changeDetectorRef.markForCheck()),a){let{pageSize:e,pageSizeOptions:o,hidePageSize:g,showFirstLastButtons:_}=a;e!=null&&(this._pageSize=e),o!=null&&(this._pageSizeOptions=o),g!=null&&(this.hidePageSize=g),_!=null&&(this.showFirstLastButtons=_)}this._formFieldAppearance=a?.formFieldAppearance||"outline"}ngOnInit(){this._isInitialized=!0,this._updateDisplayedPageSizeOptions(),this._initializedStream.next()}ngOnDestroy(){this._initializedStream.complete(),this._intlChanges.unsubscribe()}nextPage(){this.hasNextPage()&&this._navigate(this.pageIndex+1)}previousPage(){this.hasPreviousPage()&&this._navigate(this.pageIndex-1)}firstPage(){this.hasPreviousPage()&&this._navigate(0)}lastPage(){this.hasNextPage()&&this._navigate(this.getNumberOfPages()-1)}hasPreviousPage(){return this.pageIndex>=1&&this.pageSize!=0}hasNextPage(){let t=this.getNumberOfPages()-1;return this.pageIndex<t&&this.pageSize!=0}getNumberOfPages(){return this.pageSize?Math.ceil(this.length/this.pageSize):0}_changePageSize(t){let a=this.pageIndex*this.pageSize,e=this.pageIndex;this.pageIndex=Math.floor(a/t)||0,this.pageSize=t,this._emitPageEvent(e)}_nextButtonsDisabled(){return this.disabled||!this.hasNextPage()}_previousButtonsDisabled(){return this.disabled||!this.hasPreviousPage()}_updateDisplayedPageSizeOptions(){this._isInitialized&&(this.pageSize||(this._pageSize=this.pageSizeOptions.length!=0?this.pageSizeOptions[0]:dt),this._displayedPageSizeOptions=this.pageSizeOptions.slice(),this._displayedPageSizeOptions.indexOf(this.pageSize)===-1&&this._displayedPageSizeOptions.push(this.pageSize),this._displayedPageSizeOptions.sort((t,a)=>t-a),this._changeDetectorRef.markForCheck())}_emitPageEvent(t){this.page.emit({previousPageIndex:t,pageIndex:this.pageIndex,pageSize:this.pageSize,length:this.length})}_navigate(t){let a=this.pageIndex;t!==a&&(this.pageIndex=t,this._emitPageEvent(a))}_buttonClicked(t,a){a||this._navigate(t)}static \u0275fac=function(a){return new(a||i)};static \u0275cmp=E({type:i,selectors:[["mat-paginator"]],hostAttrs:["role","group",1,"mat-mdc-paginator"],inputs:{color:"color",pageIndex:[2,"pageIndex","pageIndex",S],length:[2,"length","length",S],pageSize:[2,"pageSize","pageSize",S],pageSizeOptions:"pageSizeOptions",hidePageSize:[2,"hidePageSize","hidePageSize",T],showFirstLastButtons:[2,"showFirstLastButtons","showFirstLastButtons",T],selectConfig:"selectConfig",disabled:[2,"disabled","disabled",T]},outputs:{page:"page"},exportAs:["matPaginator"],decls:14,vars:14,consts:[["selectRef",""],[1,"mat-mdc-paginator-outer-container"],[1,"mat-mdc-paginator-container"],[1,"mat-mdc-paginator-page-size"],[1,"mat-mdc-paginator-range-actions"],["aria-atomic","true","aria-live","polite","role","status",1,"mat-mdc-paginator-range-label"],["matIconButton","","type","button","matTooltipPosition","above","disabledInteractive","",1,"mat-mdc-paginator-navigation-first",3,"matTooltip","matTooltipDisabled","disabled","tabindex"],["matIconButton","","type","button","matTooltipPosition","above","disabledInteractive","",1,"mat-mdc-paginator-navigation-previous",3,"click","matTooltip","matTooltipDisabled","disabled","tabindex"],["viewBox","0 0 24 24","focusable","false","aria-hidden","true",1,"mat-mdc-paginator-icon"],["d","M15.41 7.41L14 6l-6 6 6 6 1.41-1.41L10.83 12z"],["matIconButton","","type","button","matTooltipPosition","above","disabledInteractive","",1,"mat-mdc-paginator-navigation-next",3,"click","matTooltip","matTooltipDisabled","disabled","tabindex"],["d","M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"],["matIconButton","","type","button","matTooltipPosition","above","disabledInteractive","",1,"mat-mdc-paginator-navigation-last",3,"matTooltip","matTooltipDisabled","disabled","tabindex"],["aria-hidden","true",1,"mat-mdc-paginator-page-size-label"],[1,"mat-mdc-paginator-page-size-select",3,"appearance","color"],[1,"mat-mdc-paginator-page-size-value"],["hideSingleSelectionIndicator","",3,"selectionChange","value","disabled","aria-labelledby","panelClass","disableOptionCentering"],[3,"value"],[1,"mat-mdc-paginator-touch-target",3,"click"],["matIconButton","","type","button","matTooltipPosition","above","disabledInteractive","",1,"mat-mdc-paginator-navigation-first",3,"click","matTooltip","matTooltipDisabled","disabled","tabindex"],["d","M18.41 16.59L13.82 12l4.59-4.59L17 6l-6 6 6 6zM6 6h2v12H6z"],["matIconButton","","type","button","matTooltipPosition","above","disabledInteractive","",1,"mat-mdc-paginator-navigation-last",3,"click","matTooltip","matTooltipDisabled","disabled","tabindex"],["d","M5.59 7.41L10.18 12l-4.59 4.59L7 18l6-6-6-6zM16 6h2v12h-2z"]],template:function(a,e){a&1&&(r(0,"div",1)(1,"div",2),b(2,st,5,4,"div",3),r(3,"div",4)(4,"div",5),z(5),l(),b(6,lt,3,5,"button",6),r(7,"button",7),m("click",function(){return e._buttonClicked(e.pageIndex-1,e._previousButtonsDisabled())}),x(),r(8,"svg",8),P(9,"path",9),l()(),B(),r(10,"button",10),m("click",function(){return e._buttonClicked(e.pageIndex+1,e._nextButtonsDisabled())}),x(),r(11,"svg",8),P(12,"path",11),l()(),b(13,pt,3,5,"button",12),l()()()),a&2&&(s(2),h(e.hidePageSize?-1:2),s(3),C(" ",e._intl.getRangeLabel(e.pageIndex,e.pageSize,e.length)," "),s(),h(e.showFirstLastButtons?6:-1),s(),p("matTooltip",e._intl.previousPageLabel)("matTooltipDisabled",e._previousButtonsDisabled())("disabled",e._previousButtonsDisabled())("tabindex",e._previousButtonsDisabled()?-1:null),u("aria-label",e._intl.previousPageLabel),s(3),p("matTooltip",e._intl.nextPageLabel)("matTooltipDisabled",e._nextButtonsDisabled())("disabled",e._nextButtonsDisabled())("tabindex",e._nextButtonsDisabled()?-1:null),u("aria-label",e._intl.nextPageLabel),s(3),h(e.showFirstLastButtons?13:-1))},dependencies:[J,q,Q,K,X],styles:[`.mat-mdc-paginator {
  display: block;
  -moz-osx-font-smoothing: grayscale;
  -webkit-font-smoothing: antialiased;
  color: var(--mat-paginator-container-text-color, var(--mat-sys-on-surface));
  background-color: var(--mat-paginator-container-background-color, var(--mat-sys-surface));
  font-family: var(--mat-paginator-container-text-font, var(--mat-sys-body-small-font));
  line-height: var(--mat-paginator-container-text-line-height, var(--mat-sys-body-small-line-height));
  font-size: var(--mat-paginator-container-text-size, var(--mat-sys-body-small-size));
  font-weight: var(--mat-paginator-container-text-weight, var(--mat-sys-body-small-weight));
  letter-spacing: var(--mat-paginator-container-text-tracking, var(--mat-sys-body-small-tracking));
  --mat-form-field-container-height: var(--mat-paginator-form-field-container-height, 40px);
  --mat-form-field-container-vertical-padding: var(--mat-paginator-form-field-container-vertical-padding, 8px);
}
.mat-mdc-paginator .mat-mdc-select-value {
  font-size: var(--mat-paginator-select-trigger-text-size, var(--mat-sys-body-small-size));
}
.mat-mdc-paginator .mat-mdc-form-field-subscript-wrapper {
  display: none;
}
.mat-mdc-paginator .mat-mdc-select {
  line-height: 1.5;
}

.mat-mdc-paginator-outer-container {
  display: flex;
}

.mat-mdc-paginator-container {
  display: flex;
  align-items: center;
  justify-content: flex-end;
  padding: 0 8px;
  flex-wrap: wrap;
  width: 100%;
  min-height: var(--mat-paginator-container-size, 56px);
}

.mat-mdc-paginator-page-size {
  display: flex;
  align-items: baseline;
  margin-right: 8px;
}
[dir=rtl] .mat-mdc-paginator-page-size {
  margin-right: 0;
  margin-left: 8px;
}

.mat-mdc-paginator-page-size-label {
  margin: 0 4px;
}

.mat-mdc-paginator-page-size-select {
  margin: 0 4px;
  width: var(--mat-paginator-page-size-select-width, 84px);
}

.mat-mdc-paginator-range-label {
  margin: 0 32px 0 24px;
}

.mat-mdc-paginator-range-actions {
  display: flex;
  align-items: center;
}

.mat-mdc-paginator-icon {
  display: inline-block;
  width: 28px;
  fill: var(--mat-paginator-enabled-icon-color, var(--mat-sys-on-surface-variant));
}
.mat-mdc-icon-button[aria-disabled] .mat-mdc-paginator-icon {
  fill: var(--mat-paginator-disabled-icon-color, color-mix(in srgb, var(--mat-sys-on-surface) 38%, transparent));
}
[dir=rtl] .mat-mdc-paginator-icon {
  transform: rotate(180deg);
}

@media (forced-colors: active) {
  .mat-mdc-icon-button[aria-disabled] .mat-mdc-paginator-icon,
  .mat-mdc-paginator-icon {
    fill: currentColor;
  }
  .mat-mdc-paginator-range-actions .mat-mdc-icon-button {
    outline: solid 1px;
  }
  .mat-mdc-paginator-range-actions .mat-mdc-icon-button[aria-disabled] {
    color: GrayText;
  }
}
.mat-mdc-paginator-touch-target {
  display: var(--mat-paginator-touch-target-display, block);
  position: absolute;
  top: 50%;
  left: 50%;
  width: var(--mat-paginator-page-size-select-width, 84px);
  height: var(--mat-paginator-page-size-select-touch-target-height, 48px);
  background-color: transparent;
  transform: translate(-50%, -50%);
  cursor: pointer;
}
`],encapsulation:2,changeDetection:0})}return i})(),Ot=(()=>{class i{static \u0275fac=function(a){return new(a||i)};static \u0275mod=A({type:i});static \u0275inj=k({imports:[W,tt,Y,ct]})}return i})();var et=class i extends M{translate=c(Z);sub;constructor(){super(),this.sub=this.translate.onLangChange.subscribe(()=>this.apply()),this.apply()}apply(){let n=t=>this.translate.instant(t);this.itemsPerPageLabel=n("paginator.itemsPerPage"),this.nextPageLabel=n("paginator.next"),this.previousPageLabel=n("paginator.previous"),this.firstPageLabel=n("paginator.first"),this.lastPageLabel=n("paginator.last"),this.getRangeLabel=(t,a,e)=>{if(e===0)return n("paginator.none");let o=t*a,g=Math.min(o+a,e);return this.translate.instant("paginator.range",{start:o+1,end:g,length:e})},this.changes.next()}ngOnDestroy(){this.sub.unsubscribe()}static \u0275fac=function(t){return new(t||i)};static \u0275prov=y({token:i,factory:i.\u0275fac})};var mt=[10,20,50,100];function Rt(i,n,t=[]){let a=Math.max(0,it(i.get("page"),0)),e=it(i.get("size"),n.size??20),o=mt.includes(e)?e:n.size??20,g=/^[A-Za-z]+ (asc|desc)$/.test(i.get("sort")??"")?i.get("sort"):n.sort,_={page:a,size:o,sort:g,filter:i.get("filter")??""};for(let D of t)_[D]=i.get(D)??"";return _}function Vt(i,n){let t={};for(let[a,e]of Object.entries(i)){let o=a==="page"&&e===0||a==="size"&&e===(n.size??20)||a==="sort"&&e===n.sort;t[a]=e===""||e===null||e===void 0||o?null:e}return t}function it(i,n){let t=i===null?NaN:Number.parseInt(i,10);return Number.isFinite(t)?t:n}export{M as a,ct as b,Ot as c,et as d,mt as e,Rt as f,Vt as g};
