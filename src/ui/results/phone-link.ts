/** Moved to src/content/tel-href.ts (the clinic's contact line uses it too); kept here so existing imports still work. */
export { telHref } from '../../content/tel-href';
