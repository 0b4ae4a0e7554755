import { formatLongDate } from '@/lib/cpd/plain-date';
import type { CertificateContent } from './certificate-content';
import { A4, ACCENT, MUTED, PdfWriter } from './pdf-writer';
import type { PdfFontFiles } from './pdf-fonts';
import { pluralNoun } from '@/lib/text/plural';

const QR_WIDTH = 104;

/** Body text sizes tried in turn until every field the GDC requires fits on the first page. */
const BODY_SIZES = [9.5, 9, 8.5, 8, 7.5];

/**
 * The certificate as an A4 PDF with embedded fonts, real text and a vector QR code of the verify URL.
 * Every field the GDC asks a verifiable CPD certificate to carry (learner's name and GDC number,
 * activity title, date, verifiable hours, development outcomes, aims and objectives, provider,
 * quality-assurance statement) and the verification code and QR are on page 1, so page 1 printed or
 * uploaded alone is complete evidence; the body text is made smaller until they fit. The learning
 * content and how the hours were calculated follow, on a second page only when they must.
 */
export async function renderCertificatePdf(content: CertificateContent, fonts?: PdfFontFiles): Promise<Uint8Array> {
  let bodySize = BODY_SIZES[0]!;
  let writer = await renderRequired(content, bodySize, fonts);
  for (const smaller of BODY_SIZES.slice(1)) {
    if (writer.pageCount === 1) break;
    bodySize = smaller;
    writer = await renderRequired(content, bodySize, fonts);
  }
  return renderSupporting(writer, content, bodySize);
}

async function renderRequired(content: CertificateContent, bodySize: number, fonts?: PdfFontFiles): Promise<PdfWriter> {
  const writer = await PdfWriter.create(
    {
      title: `Certificate of verifiable CPD: ${content.module.title}`,
      author: content.provider,
      subject: `${content.learner.name}, ${content.cpdHours.display}, certificate ${content.code}`,
      date: new Date(content.completedAt),
    },
    fonts,
  );
  const top = writer.cursor;
  const qrLeft = A4.width - writer.left - QR_WIDTH;
  const beside = writer.contentWidth - QR_WIDTH - 20;

  writer.text(content.provider, { font: 'semiBold', size: 11, color: ACCENT }, beside);
  writer.space(4);
  writer.text('Certificate of verifiable CPD', { font: 'bold', size: 22, leading: 1.2 }, beside);
  writer.space(10);
  writer.text('This certifies that', { size: 10, color: MUTED }, beside);
  writer.text(content.learner.name, { font: 'bold', size: 18, leading: 1.35 }, beside);
  if (content.learner.gdcNumber) writer.text(`GDC number ${content.learner.gdcNumber}`, { size: 10.5 }, beside);
  writer.space(4);
  writer.text('completed the module', { size: 10, color: MUTED }, beside);
  writer.text(content.module.title, { font: 'semiBold', size: 14, leading: 1.3 }, beside);
  const belowText = writer.cursor;

  // The QR block sits to the right of the text; it is drawn after it so it is read after it.
  writer.space(writer.cursor - top);
  writer.qr(content.verifyUrl, qrLeft, top, QR_WIDTH);
  const captionStyle = { size: 7, color: MUTED, indent: qrLeft - writer.left, leading: 1.3 };
  writer.space(QR_WIDTH + 2);
  writer.text('Scan or visit to verify', captionStyle, QR_WIDTH);
  // Host and path on their own lines, so the address breaks where a reader would expect.
  const url = new URL(content.verifyUrl);
  writer.text(url.host, captionStyle, QR_WIDTH);
  writer.text(`${url.pathname}${url.search}`, captionStyle, QR_WIDTH);
  writer.space(Math.max(0, writer.cursor - belowText));

  writer.rule();
  const facts: Array<[string, string]> = [
    ['Verifiable CPD hours', content.cpdHours.display],
    ['Completion date', formatLongDate(content.completedOn)],
    ['Certificate code', content.code],
    ['Content version', `Version ${content.module.version} (${content.module.contentHash.slice(0, 12)})`],
  ];
  const factWidth = writer.contentWidth / facts.length;
  const factsTop = writer.cursor;
  let lowest = factsTop;
  facts.forEach(([label, value], index) => {
    writer.space(writer.cursor - factsTop);
    const indent = index * factWidth;
    writer.text(label, { font: 'semiBold', size: 7.5, color: MUTED, indent }, factWidth - 8);
    writer.text(value, { font: 'semiBold', size: 11, indent }, factWidth - 8);
    lowest = Math.min(lowest, writer.cursor);
  });
  writer.space(writer.cursor - lowest);
  writer.rule();

  const body = { size: bodySize, leading: 1.3 };
  writer.heading('GDC development outcomes');
  for (const outcome of content.outcomes) writer.bullet(outcome.text, body, outcome.letter);
  writer.heading('Aims');
  writer.text(content.aims, body);
  if (content.objectives.length > 0) {
    writer.heading('Objectives');
    for (const objective of content.objectives) writer.bullet(objective, body);
  }
  if (content.recommendedTopics.length > 0) {
    writer.heading(pluralNoun(content.recommendedTopics.length, 'GDC recommended topic'));
    writer.text(content.recommendedTopics.join('; '), body);
  }
  writer.heading('Provider and quality assurance');
  writer.text(`Provided by ${content.provider}.`, body);
  writer.text(content.qualityAssurance.statement, body);
  if (content.qualityAssurance.process) writer.text(content.qualityAssurance.process, { size: bodySize - 1, color: MUTED, leading: 1.3 });
  return writer;
}

/** What supports the required fields: it may start a second page. */
async function renderSupporting(writer: PdfWriter, content: CertificateContent, bodySize: number): Promise<Uint8Array> {
  const body = { size: bodySize, leading: 1.3 };
  writer.heading('Learning content');
  writer.text(content.learningContent, body);
  writer.heading('How the hours were calculated');
  writer.text(`${content.hoursRule} This certificate is signed electronically and can be checked at the address above.`, {
    size: bodySize - 1,
    leading: 1.3,
  });

  return writer.finish(`${content.provider} · Certificate ${content.code} · ${content.learner.name}`);
}
