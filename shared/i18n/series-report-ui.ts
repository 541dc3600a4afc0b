// Strings of the series report's download on the series page (issue 15). Spread into UI
// (ui.ts); kept apart from series-ui.ts so the two can change in parallel. Only the
// facilitator reads them (audience.ts takes SERIES_REPORT_FACILITATOR_ONLY).

export const SERIES_REPORT_UI = {
  seriesReport: { nl: 'Verslag van de reeks', en: 'Series report' },
  seriesReportHelp: {
    nl: 'Alle bijeenkomsten in één verslag. Met de ambitie, wie er aan tafel zaten en wat er besloten is. Met de stand van elke actie, wat hielp en wat nog open staat. Geschikt voor een raadsbrief.',
    en: 'Every meeting in one report: the ambition, who was at the table, what was decided, each action’s status per meeting, what helped and what is still open. Ready for a council letter.',
  },
  seriesReportPdf: { nl: 'Verslag van de reeks (pdf)', en: 'Series report (PDF)' },
  seriesReportMd: { nl: 'Als Markdown', en: 'As Markdown' },
  seriesReportMdLabel: { nl: 'Verslag van de reeks als Markdown', en: 'Series report as Markdown' },
} as const;

export const SERIES_REPORT_FACILITATOR_ONLY = ['seriesReport', 'seriesReportHelp', 'seriesReportPdf', 'seriesReportMd', 'seriesReportMdLabel'] as const satisfies readonly (keyof typeof SERIES_REPORT_UI)[];
