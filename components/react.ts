// React components for the three elements, made with Lit's `@lit/react`, safe to render on a server
// and hydrate (Next.js App Router, Remix) as well as in a client-only app:
//
//   import { RingCxLogin } from 'ringcx-elements/react';
//   <RingCxLogin baseUrl="/ringcx" onRingcxLogin={(event) => setUser(event.detail.session)} />
//
// Importing this module defines the three tags. Two things make the wrappers hydrate where the raw
// tags do not:
//
// 1. Events and objects reach the element from a layout effect (`@lit/react`), which runs after
//    hydration as after any render. React 19 attaches neither `on<custom-event>` listeners nor
//    properties to a custom element it hydrates (facebook/react#35446), so `onringcx-login` on a
//    server-rendered raw tag never fires.
// 2. <ringcx-login> renders its form in its light DOM, as children of the tag, for password
//    managers. It does so as soon as it is defined, which in a server-rendered app is before React
//    hydrates; React then finds children it did not render, reports a mismatch (error #418) and
//    throws the server HTML away. The wrapper renders the tag with an empty
//    `dangerouslySetInnerHTML`: React then holds the tag's content to be raw HTML it does not own.
//    While hydrating, it neither walks nor checks the children (`shouldSetTextContent` is true,
//    so the unhydrated-children check is skipped) and, being hydration, does not write innerHTML
//    either. `suppressHydrationWarning` (set by `@lit/react`) silences the development build's
//    innerHTML comparison and the attributes the element reflects (`theme`). On later renders
//    React writes innerHTML only when `__html` changes, which it never does; in a client-only
//    render it empties the new, still unrendered tag once. <ringcx-token-list> and
//    <ringcx-accounts> render in shadow roots, so their children are the page's (the
//    `signed-out` slot) and React hydrates those as usual.
//
// The raw tags cannot be made safe from the element's side: React sends no signal an element could
// wait for before its first light-DOM render (waiting a while would be a guess), and #35446 would
// still leave a hydrated raw tag without its listeners and `client`. The README sends server-
// rendered apps here; the raw tags stay fine in client-only apps.
//
// Which props go where. `@lit/react` sets a prop as a property, from a layout effect, when its
// name is in `elementClass.prototype`; given the real class it would do that for everything an
// HTMLElement has too (`id`, `title`, `hidden`), and the server HTML would lack them. So it is
// given a stand-in whose prototype names only the objects (`client`, `strings`), which HTML cannot
// carry, and `apiToken`, a secret that should not sit in server HTML. All other props go to React,
// which writes them as attributes on the server; the multi-word string properties (`baseUrl`,
// `platformId`, `selectedAccountId`) are renamed to their attributes first. An element that
// upgrades before hydration so finds its `base-url`, `persistence` and `theme` already there and
// starts with the right shared client.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './ringcx-accounts/ringcx-accounts.js';
import type { RingCxAccounts as RingCxAccountsElement } from './ringcx-accounts/ringcx-accounts.js';
import './ringcx-login/ringcx-login.js';
import type { RingCxLogin as RingCxLoginElement } from './ringcx-login/ringcx-login.js';
import './ringcx-token-list/ringcx-token-list.js';
import type { RingCxTokenList as RingCxTokenListElement } from './ringcx-token-list/ringcx-token-list.js';
import { elementEvents, type RingCxEvent, type RingCxEventName, type RingCxTagName } from './shared/events.js';

type Words<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Words<Tail>}` : Capitalize<S>;

/** The React prop of an event: `ringcx-login` → `onRingcxLogin`. */
export type RingCxEventPropName<Name extends RingCxEventName> = `on${Words<Name>}`;

/** `onRingcxLogin` and the like, for the events named, typed with their detail. */
export type RingCxEventProps<Name extends RingCxEventName> = {
  [K in Name as RingCxEventPropName<K>]?: (event: RingCxEvent<K>) => void;
};

type ElementProps<E extends HTMLElement, Own extends keyof E> = Omit<
  React.HTMLAttributes<E>,
  'children' | 'dangerouslySetInnerHTML' | Own
> &
  React.RefAttributes<E> &
  Partial<Pick<E, Own>>;

type Shared = 'client' | 'baseUrl' | 'persistence' | 'theme' | 'strings' | 'headingLevel' | 'landmark';

// Which element sends which events: the registry in shared/events.ts.
const loginEvents = elementEvents['ringcx-login'];
const tokenListEvents = elementEvents['ringcx-token-list'];
const accountsEvents = elementEvents['ringcx-accounts'];

/** Takes no children: the element renders its own light DOM. */
export type RingCxLoginProps = ElementProps<
  RingCxLoginElement,
  Shared | 'platformId' | 'rcClientId' | 'rcServer' | 'rcRedirectUri' | 'rcAuthorizeUrl' | 'rcFlow' | 'rcKeepToken' | 'passwordForm'
> &
  RingCxEventProps<(typeof loginEvents)[number]>;

/** Children go to the light DOM; `slot="signed-out"` replaces the signed-out message. */
export type RingCxTokenListProps = ElementProps<RingCxTokenListElement, Shared | 'apiToken' | 'labels'> &
  RingCxEventProps<(typeof tokenListEvents)[number]> & { children?: React.ReactNode };

/** Children go to the light DOM; `slot="signed-out"` replaces the signed-out message. */
export type RingCxAccountsProps = ElementProps<RingCxAccountsElement, Shared | 'selectedAccountId'> &
  RingCxEventProps<(typeof accountsEvents)[number]> & { children?: React.ReactNode };

function eventPropName<Name extends RingCxEventName>(name: Name): RingCxEventPropName<Name> {
  const words = name.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `on${words.join('')}` as RingCxEventPropName<Name>;
}

/** `@lit/react`'s event option: prop name → event name. */
function eventMap(names: readonly RingCxEventName[]): Record<string, EventName> {
  return Object.fromEntries(names.map((name) => [eventPropName(name), name as EventName]));
}

/** The one value, so that React never sees a change and never writes innerHTML after the first render. */
const OPAQUE_CONTENT = Object.freeze({ __html: '' });

/** A stand-in for the element class that names to `@lit/react` the props it should set as properties. */
function propertiesOnly<E extends HTMLElement>(names: readonly string[]): new () => E {
  const prototype = Object.assign(Object.create(null) as object, Object.fromEntries(names.map((name) => [name, true])));
  return { prototype } as unknown as new () => E;
}

interface WrapOptions {
  tagName: string;
  events: readonly RingCxEventName[];
  /** Set as properties once mounted or hydrated. */
  properties: readonly string[];
  /** Renamed to these attributes. */
  attributes: Readonly<Record<string, string>>;
  /** The element renders its own light DOM: no children, and React must not hydrate its content. */
  opaque: boolean;
  displayName: string;
}

function wrap<E extends HTMLElement, P extends object>({
  tagName,
  events,
  properties,
  attributes,
  opaque,
  displayName,
}: WrapOptions): React.ForwardRefExoticComponent<React.PropsWithoutRef<P> & React.RefAttributes<E>> {
  const Inner = createComponent({
    react: React,
    tagName,
    elementClass: propertiesOnly<E>(properties),
    events: eventMap(events),
    displayName: `${displayName}Element`,
  });
  const Wrapper = React.forwardRef<E, P>((props, ref) => {
    const innerProps: Record<string, unknown> = { ref };
    for (const [key, value] of Object.entries(props)) {
      if (opaque && key === 'children') continue;
      const attribute = attributes[key];
      if (attribute === undefined) innerProps[key] = value;
      // A boolean attribute is present or absent: `false` must not render as "false", which is present.
      else if (value === true) innerProps[attribute] = '';
      else if (value !== undefined && value !== null && value !== false) innerProps[attribute] = String(value);
    }
    if (opaque) innerProps['dangerouslySetInnerHTML'] = OPAQUE_CONTENT;
    return React.createElement(Inner as React.ElementType, innerProps);
  });
  Wrapper.displayName = displayName;
  return Wrapper;
}

const OBJECTS = ['client', 'strings'];

/** `<ringcx-login>` for React: a sign-in form for RingCX admins, and who is signed in once they are. */
export const RingCxLogin = wrap<RingCxLoginElement, RingCxLoginProps>({
  tagName: 'ringcx-login',
  events: loginEvents,
  properties: OBJECTS,
  attributes: {
    baseUrl: 'base-url',
    platformId: 'platform-id',
    headingLevel: 'heading-level',
    rcClientId: 'rc-client-id',
    rcServer: 'rc-server',
    rcRedirectUri: 'rc-redirect-uri',
    rcAuthorizeUrl: 'rc-authorize-url',
    rcFlow: 'rc-flow',
    rcKeepToken: 'rc-keep-token',
    passwordForm: 'password-form',
  },
  opaque: true,
  displayName: 'RingCxLogin',
});

/** `<ringcx-token-list>` for React: the signed-in admin's permanent API tokens. */
export const RingCxTokenList = wrap<RingCxTokenListElement, RingCxTokenListProps>({
  tagName: 'ringcx-token-list',
  events: tokenListEvents,
  properties: [...OBJECTS, 'apiToken', 'labels'],
  attributes: { baseUrl: 'base-url', headingLevel: 'heading-level' },
  opaque: false,
  displayName: 'RingCxTokenList',
});

/** `<ringcx-accounts>` for React: the accounts the signed-in admin can reach. */
export const RingCxAccounts = wrap<RingCxAccountsElement, RingCxAccountsProps>({
  tagName: 'ringcx-accounts',
  events: accountsEvents,
  properties: OBJECTS,
  attributes: { baseUrl: 'base-url', selectedAccountId: 'selected-account-id', headingLevel: 'heading-level' },
  opaque: false,
  displayName: 'RingCxAccounts',
});

/** The events each component takes a prop for, by tag. */
export const ringCxReactEvents: Readonly<Record<RingCxTagName, readonly RingCxEventName[]>> = elementEvents;
