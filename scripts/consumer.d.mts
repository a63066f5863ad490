/** Installs a packed tarball into a consumer project at `dir`, offline; returns the installed package's folder. */
export function createConsumer(tarball: string, dir: string, options?: { lockfile?: string }): string;
