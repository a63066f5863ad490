declare const __PAPERLIST_VERSION__: string | undefined;

/** The package version, injected at build time (`0.0.0-dev` when run from source). */
export const VERSION: string = typeof __PAPERLIST_VERSION__ === "string" ? __PAPERLIST_VERSION__ : "0.0.0-dev";
