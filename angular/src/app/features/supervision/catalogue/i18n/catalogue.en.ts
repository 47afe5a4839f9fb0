import { CATALOGUE_ZH } from './catalogue.zh-hans';

/** The supervision catalogue in English; the type keeps the keys the same as the Chinese. */
export const CATALOGUE_EN: typeof CATALOGUE_ZH = {
  nav: { supervisionCatalogue: 'Supervision catalogue' },
  supervision: {
    catalogue: {
      title: 'Supervision catalogue',
      intro: 'Violations by category, and commendations (banners, thank-you letters, good deeds). Each item has points for a person and for a window unit; how they count is up to the appraisal scheme. A change writes a new version; findings already recorded keep the version they were recorded with.',
      showRetired: 'Show retired items',
      add: 'New item',
      revise: 'Revise',
      reviseNote: 'Saving writes version {{next}} of {{code}}; findings recorded with version {{version}} keep it.',
      revised: 'Saved as {{code}} version {{n}}.',
      retire: 'Retire',
      restore: 'Restore',
      retired: 'Retired',
      category: 'Category',
      code: 'Code',
      codeHint: 'Upper-case letters, digits and hyphens, e.g. GZJL-04; fixed once saved.',
      codeInvalid: 'An upper-case letter first, then upper-case letters, digits and hyphens.',
      name: 'Name',
      nameZh: 'Chinese name',
      nameEn: 'English name',
      description: 'Description',
      personPoints: 'Person points',
      unitPoints: 'Unit points',
      pointsRange: 'From 0 to {{max}}, at most two decimals.',
      pointsHint: 'Points are positive: the kind decides whether they are taken off (violations) or added (commendations).',
      pointsPair: 'person {{person}} · unit {{unit}}',
      sortOrder: 'Order',
      sortRange: 'A whole number from 0 to 10000.',
      version: 'Version',
      versionN: 'version {{n}}',
      current: 'current',
    },
  },
};
