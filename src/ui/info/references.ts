/**
 * The studies behind the evidence note on the About page, as listed in docs/ranking.md.
 * Their wording (authors, titles, journals) lives in pages.json; only the addresses live here.
 */
export const REFERENCES = [
  { id: 'kelly2020', url: 'https://doi.org/10.1002/14651858.CD012880.pub2' },
  { id: 'zemore2018', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5884451' },
  { id: 'atkins2007', url: 'https://doi.org/10.1016/j.jsat.2007.07.001' },
  { id: 'moos2006', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2220012' },
  { id: 'kelly2012', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3242865' },
  { id: 'humphreys2004', url: 'https://doi.org/10.1016/S0740-5472(03)00212-5' },
] as const;
