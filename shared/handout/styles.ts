/**
 * A4 print stylesheet. Logical properties (inline-start/end) keep the layout right for right-to-left
 * pages; German originals are left to right blocks with a rule on their start side.
 */
export const HANDOUT_CSS = `
@page { size: A4; margin: 12mm 13mm 12mm; }
* { box-sizing: border-box; }
html { font: 9pt/1.3 "DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", Arial, sans-serif; color: #111; }
body { margin: 0 auto; max-width: 182mm; }
h1 { font-size: 15pt; margin: 0 0 1.5mm; }
h2 { font-size: 11.5pt; margin: 3.5mm 0 1.2mm; padding-bottom: 0.6mm; border-bottom: 0.4mm solid #222; break-after: avoid; }
h3 { font-size: 10pt; margin: 0 0 0.8mm; }
p, ol, ul { margin: 0 0 1mm; }
.meta { color: #222; }
.meta span + span::before { content: " · "; }
.intro, .note { font-size: 9pt; color: #333; }
.steps { padding-inline-start: 5mm; }
.item { break-inside: avoid; padding: 1.2mm 0; border-bottom: 0.2mm solid #aaa; }
.item:last-child { border-bottom: 0; }
.num { font-weight: 700; margin-inline-end: 1mm; }
.de-mark { display: inline-block; font-size: 7.5pt; font-weight: 600; line-height: 1.2; border: 0.3mm solid #444;
  border-radius: 0.8mm; padding: 0 0.8mm; margin-inline-end: 1.2mm; vertical-align: 0.3mm; }
.facts { font-size: 8.8pt; color: #222; }
.original { font-size: 8.8pt; color: #333; text-align: left; border-left: 0.6mm solid #888; padding-left: 2mm; }
.reasons { font-size: 8.8pt; margin: 0.6mm 0; padding-inline-start: 4.5mm; columns: 2; column-gap: 6mm; }
.reasons li { break-inside: avoid; }
.next strong { font-weight: 700; }
.counselling, .step-contact { font-weight: 600; }
.footer { margin-top: 3mm; font-size: 7.8pt; color: #444; }
@media screen { body { padding: 12mm 10mm; } }
@media print { a { color: inherit; text-decoration: none; } }
`;
