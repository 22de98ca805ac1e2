/** The names a Chromium or Chrome binary goes by, in the order they are looked for on the PATH. */
export declare const CHROMIUM_NAMES: readonly string[];
/** Where Debian's `chromium` package installs it. */
export declare const DEBIAN_CHROMIUM: string;
/** The first executable file called `name` in the folders of `path` (a PATH value), or undefined. */
export declare function onPath(name: string, path: string | undefined): string | undefined;
/** Find Chromium: CHROMIUM_PATH when set (and then only there), else the first Chromium or Chrome on the PATH. */
export declare function findChromium(
  env?: Readonly<Record<string, string | undefined>>,
): { path: string } | { missing: 'CHROMIUM_PATH' | 'PATH'; where: string };
/** The flags known to work with Debian's Chromium on a closed network. */
export declare const CHROMIUM_FLAGS: readonly string[];
