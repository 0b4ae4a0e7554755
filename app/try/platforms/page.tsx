import type { Metadata } from 'next';
import { SceneBody } from '@/components/scenario/render-scenario';
import { PLATFORM_KIND, PLATFORM_KIND_LABEL } from '@/components/scenario/platform-style';
import { PLATFORM_SAMPLES } from './samples';

export const metadata: Metadata = { title: 'What scenes look like' };

/** Public: one short fictional scene on each kind of platform the scenarios use. */
export default function PlatformSamplesPage() {
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">What scenes look like</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">
          Each scenario happens on a kind of platform, drawn the way it looks on a phone or in a browser. The story is told outside the
          screen; what is on the screen is what you would see. Every person, practice and site here is fictional.
        </p>
      </div>
      {PLATFORM_SAMPLES.map((sample) => {
        const kind = PLATFORM_KIND[sample.platform];
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} data-sample={kind} className="space-y-3">
            <h2 id={`kind-${kind}`} className="text-xl font-semibold">
              {PLATFORM_KIND_LABEL[kind]}
            </h2>
            <SceneBody blocks={sample.content} env={{ platform: sample.platform, sources: [] }} />
          </section>
        );
      })}
    </div>
  );
}
