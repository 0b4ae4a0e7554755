import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from './certificate-pdf';
import { compileModule } from '@/lib/scenario/compile-module';
import { extractPdfText } from './pdf-text.test-support';
import { sampleContent, sampleModule } from './sample-certificate.test-support';

describe('renderCertificatePdf', () => {
  const content = sampleContent();
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderCertificatePdf(content);
  });

  it('prints every required field as real text on one A4 page', async () => {
    const { text, pages } = await extractPdfText(bytes);

    expect(pages).toBe(1);
    for (const expected of [
      'Certificate of verifiable CPD',
      'Postwise',
      'Łukasz Zoë Kowalski',
      'GDC number 123456',
      sampleModule.title,
      sampleModule.description,
      sampleModule.aims,
      ...sampleModule.objectives,
      '1.75 hours',
      '1 August 2026',
      ...content.outcomes.map((outcome) => outcome.text),
      'Legal and ethical issues; Complaints handling',
      content.qualityAssurance.statement,
      content.qualityAssurance.process!,
      'PW-7K3M-Q9XD-2HVA',
      'Version 3',
      'a3f9c2e81b7d',
      content.hoursRule,
      'cpd.example.org',
      '/verify/PW-7K3M-Q9XD-2HVA',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('reads in a sensible order: each outcome letter before its wording, the learner before the module', async () => {
    const { text } = await extractPdfText(bytes);
    expect(text).toContain(`A ${content.outcomes[0]!.text}`);
    expect(text).toContain(`D ${content.outcomes[1]!.text}`);
    expect(text.indexOf('Łukasz Zoë Kowalski')).toBeLessThan(text.indexOf(sampleModule.title));
  });

  it('is A4 and embeds its fonts', async () => {
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const dicts = doc.context.enumerateIndirectObjects().flatMap(([, object]) => (object instanceof PDFDict ? [object] : []));
    const descriptors = dicts.filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
    expect(descriptors).toHaveLength(3);
    expect(descriptors.every((dict) => dict.has(PDFName.of('FontFile2')))).toBe(true);
  });

  it('leaves the GDC number line out when the learner has none', async () => {
    const { text } = await extractPdfText(await renderCertificatePdf(sampleContent({ learner: { name: 'Sam Patel' } })));
    expect(text).toContain('Sam Patel');
    expect(text).not.toContain('GDC number');
  });

  it('names the single recommended topic in the singular, and omits the section when none applies', async () => {
    const one = await extractPdfText(
      await renderCertificatePdf(sampleContent({ module: { ...sampleModule, recommendedTopics: ['Complaints handling'] } })),
    );
    expect(one.text).toContain('GDC RECOMMENDED TOPIC Complaints handling');
    const none = await extractPdfText(await renderCertificatePdf(sampleContent({ module: { ...sampleModule, recommendedTopics: [] } })));
    expect(none.text).not.toContain('RECOMMENDED TOPIC');
  });

  it('flows long module text onto further pages without losing any of it', async () => {
    const description = Array.from({ length: 120 }, (_, index) => `Sentence ${index + 1} about confidentiality.`).join(' ');
    const { text, pages } = await extractPdfText(
      await renderCertificatePdf(sampleContent({ module: { ...sampleModule, description } })),
    );
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Sentence 120 about confidentiality.');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('We confirm that the information provided');
  });

  describe('with the real module, every field the GDC requires is on page 1', () => {
    const file = 'scenarios/social-media/module.yaml';
    const realModule = compileModule({ source: readFileSync(file, 'utf8'), file }).definition!;
    const required = (real: ReturnType<typeof sampleContent>) => [
      real.learner.name,
      `GDC number ${real.learner.gdcNumber}`,
      real.module.title,
      '1 August 2026',
      real.cpdHours.display,
      ...real.outcomes.map((outcome) => outcome.text),
      real.aims,
      ...real.objectives,
      real.provider,
      real.qualityAssurance.statement,
      real.code,
      '/verify/PW-7K3M-Q9XD-2HVA',
    ];

    it('as the module is today', async () => {
      const real = sampleContent({ module: realModule });
      const { pageTexts } = await extractPdfText(await renderCertificatePdf(real));
      for (const field of required(real)) expect(pageTexts[0]).toContain(field);
    });

    it('even when its objectives and aims are twice as long', async () => {
      const longer = { ...realModule, aims: `${realModule.aims} ${realModule.aims}`, objectives: [...realModule.objectives, ...realModule.objectives.map((objective) => `${objective} again`)] };
      const real = sampleContent({ module: longer });
      const { pageTexts } = await extractPdfText(await renderCertificatePdf(real));
      for (const field of required(real)) expect(pageTexts[0]).toContain(field);
    });
  });
});
