// Type tests for `ringcx-elements/vue` (types/vue.d.ts), checked against the real `vue` package by
// `npm run typecheck`; nothing here runs. Every `@ts-expect-error` line must fail to type-check,
// so a typing that lets a mistake through fails the build.
//
// vue-tsc is not used: it drives TypeScript through its JavaScript API, which the TypeScript 7
// this repository compiles with does not have. Instead this file asks Vue's types what vue-tsc
// asks them for a template: the tag's entry in `GlobalComponents`, the `$props` its instance takes
// (`.client="…"`, `platform-id="…"`, plus any other attribute) and the event its `$emit` carries for
// `@ringcx-…="handler"`.
import type {} from 'ringcx-elements/vue';
import type { GlobalComponents } from 'vue';
import type { Account, RingCxClient, SessionSummary } from '../../src/index.js';
import type {
  RingCxAccounts,
  RingCxEvent,
  RingCxEventName,
  RingCxLogin,
  RingCxTokenList,
} from '../../components/index.js';

type Tag = 'ringcx-login' | 'ringcx-token-list' | 'ringcx-accounts';

/** The instance vue-tsc makes of a tag's component: a constructor, as Vue's custom element guide has it. */
type Instance<T extends Tag> = InstanceType<GlobalComponents[T]>;

/** What a template may bind on the tag; vue-tsc lets unknown attributes through (`Record<string, unknown>`). */
type Props<T extends Tag> = Instance<T>['$props'] & Record<string, unknown>;

/** A template binding, checked the way vue-tsc checks one. */
declare function bind<T extends Tag>(tag: T, props: Props<T>): void;

// vue-tsc's own helper (@vue/language-core's global types): the overloads of a function type as a
// union, since `EmitFn` is an intersection of one `(event: name, ...args) => void` per event.
type OverloadUnionInner<T, U = unknown> = U & T extends (...args: infer A) => infer R
  ? U extends T
    ? never
    : OverloadUnionInner<T, Pick<T, keyof T> & U & ((...args: A) => R)> | ((...args: A) => R)
  : never;
type OverloadUnion<T> = Exclude<OverloadUnionInner<(() => never) & T>, T extends () => never ? never : () => never>;

/** The arguments a handler for `@name` on the tag is called with: `never` for an event the tag does not send. */
type HandlerArgs<T extends Tag, Name extends string> =
  OverloadUnion<Instance<T>['$emit']> extends infer Overload
    ? Overload extends (event: Name, ...args: infer Args) => void
      ? Args
      : never
    : never;

/** The type of a handler for `@name` on the tag. */
type Handler<T extends Tag, Name extends RingCxEventName> = (...args: HandlerArgs<T, Name>) => void;

type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
function assert<_ extends true>(): void {}

declare const client: RingCxClient;

// The three tags are in Vue's GlobalComponents, and their instances are the elements.
assert<Equal<Tag extends keyof GlobalComponents ? true : false, true>>();
assert<Instance<'ringcx-login'> extends RingCxLogin ? true : false>();
assert<Instance<'ringcx-token-list'> extends RingCxTokenList ? true : false>();
assert<Instance<'ringcx-accounts'> extends RingCxAccounts ? true : false>();

// Properties: `.client`, the attributes (camelCase as vue-tsc sees them), and plain HTML attributes.
bind('ringcx-login', { client, platformId: 'aws80', baseUrl: '/ringcx', persistence: 'session', class: 'wide', id: 'login' });
bind('ringcx-token-list', { client, apiToken: 'a-token' });
bind('ringcx-accounts', { client, selectedAccountId: '99990001', theme: 'dark' });
bind('ringcx-login', { strings: { title: 'Admin sign-in' } });
assert<Equal<Instance<'ringcx-login'>['$props']['client'], RingCxClient | undefined>>();

// @ts-expect-error the client is a RingCxClient, not a string
bind('ringcx-login', { client: 'https://ringcx.ringcentral.com' });
// @ts-expect-error platform-id is a string
bind('ringcx-login', { platformId: 80 });
// @ts-expect-error selected-account-id is a string (or null)
bind('ringcx-accounts', { selectedAccountId: 99990001 });
// @ts-expect-error persistence is one of the client's persistence names
bind('ringcx-token-list', { persistence: 'cookies' });
// @ts-expect-error strings are the element's own (the token list has no `title` string)
bind('ringcx-token-list', { strings: { title: 1 } });

// Events: each tag sends its own, and a handler gets the typed event.
assert<Equal<HandlerArgs<'ringcx-login', 'ringcx-login'>, [event: RingCxEvent<'ringcx-login'>]>>();
assert<Equal<HandlerArgs<'ringcx-accounts', 'ringcx-account-select'>, [event: RingCxEvent<'ringcx-account-select'>]>>();
assert<Equal<HandlerArgs<'ringcx-token-list', 'ringcx-token-create'>, [event: RingCxEvent<'ringcx-token-create'>]>>();
assert<Equal<HandlerArgs<'ringcx-login', 'ringcx-logout-request'>, [event: RingCxEvent<'ringcx-logout-request'>]>>();
assert<Equal<HandlerArgs<'ringcx-login', 'ringcx-error'>, [event: RingCxEvent<'ringcx-error'>]>>();
assert<Equal<HandlerArgs<'ringcx-token-list', 'ringcx-error'>, [event: RingCxEvent<'ringcx-error'>]>>();
assert<Equal<HandlerArgs<'ringcx-accounts', 'ringcx-error'>, [event: RingCxEvent<'ringcx-error'>]>>();
// Events a tag does not send are not among its events (vue-tsc would take such a listener as a
// plain attribute, unchecked).
assert<Equal<HandlerArgs<'ringcx-login', 'ringcx-account-select'>, never>>();
assert<Equal<HandlerArgs<'ringcx-accounts', 'ringcx-login'>, never>>();
assert<Equal<HandlerArgs<'ringcx-token-list', 'ringcx-login'>, never>>();

// The README's handlers fit.
let session: SessionSummary | undefined;
let account: Account | undefined;
const onLogin: Handler<'ringcx-login', 'ringcx-login'> = (event) => (session = event.detail.session);
const onAccountSelect: Handler<'ringcx-accounts', 'ringcx-account-select'> = (event) => (account = event.detail.account);
const onCancelable: Handler<'ringcx-login', 'ringcx-logout-request'> = (event) => event.preventDefault();
const onCreate: Handler<'ringcx-token-list', 'ringcx-token-create'> = (event) => event.detail.token.length;
void [onLogin, onAccountSelect, onCancelable, onCreate, session, account];

// @ts-expect-error ringcx-login carries a session, not an account
const readsAccount: Handler<'ringcx-login', 'ringcx-login'> = (event) => event.detail.account;
// @ts-expect-error a handler for another event's detail does not fit @ringcx-login
const wrongEvent: Handler<'ringcx-login', 'ringcx-login'> = (event: RingCxEvent<'ringcx-account-select'>) => event.detail.account;
// @ts-expect-error the token events carry the token as a string
const tokenAsNumber: Handler<'ringcx-token-list', 'ringcx-token-delete'> = (event: CustomEvent<{ token: number }>) => event;
void [readsAccount, wrongEvent, tokenAsNumber];
