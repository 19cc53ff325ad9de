// mdx-bundler's client types return the global `JSX.Element`, which React 19's types no
// longer declare; restore it as an alias of React's own so those types resolve.
import type { JSX as ReactJSX } from 'react';

declare global {
  namespace JSX {
    type Element = ReactJSX.Element;
  }
}
