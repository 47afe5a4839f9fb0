/** Matters, indicator tags, third-party surveys, service efficiency; keys must match catalogue.zh-hans.ts. */
export const CATALOGUE_EN = {
  ratings: {
    catalogue: {
      nav: { matters: 'Matters', tags: 'Indicators', surveys: 'Surveys', efficiency: 'Service efficiency' },
      search: 'Search (code, name)', code: 'Code', unit: 'Unit', active: 'In use', year: 'Year', month: 'Month', importHall: 'Import into hall',
      imported: 'Imported: {{created}} new, {{updated}} updated, {{unchanged}} unchanged.',
      matters: {
        title: 'Matters', name: 'Matter', department: 'Department', import: 'Import matters',
        importIntro: 'Download the template, fill in each unit’s matters (code, name, department) and upload it; rows are added or updated by code, every bad row is listed, and nothing is written unless all are right.',
      },
      tags: {
        title: 'Indicators', add: 'Add indicator', edit: 'Edit indicator', nameZh: 'Chinese name', nameEn: 'English name', sortOrder: 'Order', deactivate: 'Take out of use', activate: 'Put in use',
        codeRule: 'A lower-case letter first, then lower-case letters, digits and hyphens',
      },
      surveys: {
        title: 'Third-party satisfaction surveys', period: 'Period', summary: 'Score {{score}} · sample {{n}}', aspects: 'Score per aspect', suggestions: 'Suggestions collected',
        import: 'Import survey results', importIntro: 'One period every two months; download the template, fill in each unit’s score, sample size, aspects and suggestions and upload it; importing a period again replaces it.',
        periods: { p1: 'Jan–Feb', p2: 'Mar–Apr', p3: 'May–Jun', p4: 'Jul–Aug', p5: 'Sep–Oct', p6: 'Nov–Dec' },
      },
      efficiency: {
        title: 'Service efficiency', staff: 'Person', updatedAt: 'Updated', import: 'Import case figures',
        importIntro: 'Export from the case system, fill in case volume and on-time completions per staff number and month, and upload it; a person’s month imported again replaces it.',
      },
    },
  },
};
