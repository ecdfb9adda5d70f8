/** Print rules for the impact report the workbench exports. */

/** The report with print rules for A4 paper added (the report's own styles stay as they are). */
export function printable(html: string): string {
  const css = '<style media="print">@page{size:A4;margin:14mm 12mm}body{background:#fff}main{max-width:none;padding:0}' +
    'h2{break-after:avoid}table,.sentence,li{break-inside:avoid}svg{max-width:100%}</style>';
  return html.includes('</head>') ? html.replace('</head>', `${css}</head>`) : `${css}${html}`;
}
