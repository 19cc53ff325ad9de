// Tailwind 4 writes its CSS in cascade layers (@layer), which browsers before Chrome 99 and
// Safari 15.4 drop whole: the page would arrive unstyled in older in-app WebViews (common on
// phones without Play updates). The csstools plugin rewrites the layers into plain rules with
// the same precedence (checked pixel for pixel against the layered CSS).
const config = { plugins: { '@tailwindcss/postcss': {}, '@csstools/postcss-cascade-layers': {} } };

export default config;
