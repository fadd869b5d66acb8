// Types for the content modules served by scripts/vite-plugin-content.ts.
declare module 'virtual:pathways/content-loaders' {
  import type { LanguageContent } from './content/types';
  const loaders: Record<string, () => Promise<LanguageContent>>;
  export default loaders;
}

declare module 'virtual:pathways/sources' {
  import type { ProfileSources } from './content/types';
  const sources: Record<string, ProfileSources>;
  export default sources;
}
