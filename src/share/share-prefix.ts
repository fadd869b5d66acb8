/** The fragment that marks a share link; apart from share-link.ts so routing needs no validator. */
export const SHARE_PREFIX = '#results=';
