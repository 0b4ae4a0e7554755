import type { ReactNode } from 'react';
import { COMMENT_GLYPH, HEART_GLYPH, MAIL_GLYPH, SHARE_GLYPH, STAR_GLYPH, Icon } from '@/components/ui/icon';
import type { Platform } from '@/lib/scenario/definition';
import { ACCENTS, PLATFORM_KIND, PLATFORM_KIND_LABEL, type PlatformKind } from './platform-style';

/**
 * The device a scene's platform content sits in: a phone for the apps people use on the go, a
 * browser window for review sites, forums and email. Its bars (clock, app title, bottom tabs,
 * address bar) are pictures of chrome, hidden from assistive technology and never focusable;
 * the region is named by the kind of platform, and a visible "Fictional scenario" label above
 * it says no one shown is real. No brand name, logo or fetched asset appears.
 */
const PHONE_KINDS: ReadonlySet<PlatformKind> = new Set(['feed', 'photo', 'microblog', 'chat', 'professional', 'video']);

const HOME_GLYPH = <path d="M4 11l8-7 8 7v9h-5v-6H9v6H4z" />;
const SEARCH_GLYPH = (
  <>
    <circle cx="11" cy="11" r="6.5" />
    <path d="M16 16l4.5 4.5" />
  </>
);
const PLUS_GLYPH = <path d="M12 5v14M5 12h14" />;
const BELL_GLYPH = <path d="M6 17V11a6 6 0 0 1 12 0v6l1.5 2h-15zM10 21h4" />;
const PERSON_GLYPH = (
  <>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21c.8-4 4-6 8-6s7.2 2 8 6" />
  </>
);

/** The app's own title bar: each kind has its habit (a wordmark, tabs, a search box). */
function AppBar({ kind }: { kind: PlatformKind }) {
  const accent = ACCENTS[kind].text;
  switch (kind) {
    case 'feed':
      return (
        <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2 dark:border-slate-700">
          <span className={`text-xl font-extrabold tracking-tight ${accent}`}>Home feed</span>
          <span className="flex gap-3 text-slate-700 dark:text-slate-200">
            <Icon glyph={SEARCH_GLYPH} className="size-5" />
            <Icon glyph={COMMENT_GLYPH} className="size-5" />
          </span>
        </div>
      );
    case 'photo':
      return (
        <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2 dark:border-slate-700">
          <span className="font-serif text-xl italic">Photos</span>
          <span className="flex gap-3">
            <Icon glyph={HEART_GLYPH} className="size-5" />
            <Icon glyph={SHARE_GLYPH} className="size-5" />
          </span>
        </div>
      );
    case 'microblog':
      return (
        <div className="border-b border-slate-200 dark:border-slate-700">
          <div className="flex justify-center py-1.5">
            <span className={`grid size-7 place-items-center rounded-full border-2 text-sm font-black ${ACCENTS.microblog.border} ${accent}`}>~</span>
          </div>
          <div className="grid grid-cols-2 text-center text-sm font-semibold">
            <span className={`border-b-4 py-1.5 ${ACCENTS.microblog.border}`}>For you</span>
            <span className="py-1.5 text-slate-600 dark:text-slate-300">Following</span>
          </div>
        </div>
      );
    case 'video':
      return (
        <div className="flex justify-center gap-4 bg-slate-950 py-2 text-sm font-semibold text-white">
          <span className="text-slate-300">Following</span>
          <span className="border-b-2 border-white">For you</span>
        </div>
      );
    case 'professional':
      return (
        <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
          <span className="grid size-7 place-items-center rounded bg-cyan-800 text-white dark:bg-cyan-200 dark:text-cyan-950">
            <Icon glyph={PERSON_GLYPH} className="size-5" />
          </span>
          <span className="flex flex-1 items-center gap-2 rounded bg-slate-100 px-2 py-1 text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            <Icon glyph={SEARCH_GLYPH} className="size-4" />
            Search
          </span>
        </div>
      );
    case 'chat':
      return (
        <div className="flex items-center justify-between bg-emerald-800 px-3 py-2 text-white dark:bg-emerald-950">
          <span className="font-semibold">Messages</span>
          <Icon glyph={SEARCH_GLYPH} className="size-5" />
        </div>
      );
    default:
      return null;
  }
}

/** The bottom tabs of a phone app. */
function TabBar({ kind }: { kind: PlatformKind }) {
  const dark = kind === 'video';
  return (
    <div className={`flex justify-around border-t py-2 ${dark ? 'border-slate-800 bg-slate-950 text-white' : 'border-slate-200 text-slate-700 dark:border-slate-700 dark:text-slate-200'}`}>
      {[HOME_GLYPH, SEARCH_GLYPH, PLUS_GLYPH, BELL_GLYPH, PERSON_GLYPH].map((glyph, index) => (
        <Icon key={index} glyph={glyph} className="size-5" />
      ))}
    </div>
  );
}

const SITE_TITLE: Partial<Record<PlatformKind, { name: string; address: string; glyph: ReactNode }>> = {
  review: { name: 'Local reviews', address: 'reviews.example/dentists-near-you', glyph: STAR_GLYPH },
  forum: { name: 'Community forum', address: 'forum.example/dental-professionals', glyph: COMMENT_GLYPH },
  email: { name: 'Inbox', address: 'mail.example/inbox', glyph: MAIL_GLYPH },
};

/** A browser window with a fictional address (`.example` is reserved and never resolves). */
function BrowserChrome({ kind }: { kind: PlatformKind }) {
  const site = SITE_TITLE[kind];
  return (
    <>
      <div className="flex items-center gap-2 border-b border-slate-300 bg-slate-200 px-3 py-2 dark:border-slate-600 dark:bg-slate-800">
        <span className="flex gap-1.5">
          <span className="size-2.5 rounded-full bg-red-400" />
          <span className="size-2.5 rounded-full bg-amber-400" />
          <span className="size-2.5 rounded-full bg-emerald-500" />
        </span>
        <span className="min-w-0 flex-1 truncate rounded-full bg-white px-3 py-0.5 text-xs text-slate-700 dark:bg-slate-900 dark:text-slate-200">
          {site?.address}
        </span>
      </div>
      {site ? (
        <div className={`flex items-center gap-2 border-b-2 px-3 py-2 font-bold ${ACCENTS[kind].border} ${ACCENTS[kind].surface} ${ACCENTS[kind].text}`}>
          <Icon glyph={site.glyph} className="size-5" filled={kind === 'review'} />
          {site.name}
        </div>
      ) : null}
    </>
  );
}

/** The phone's status bar: a clock and drawn signal and battery. */
function StatusBar({ dark }: { dark: boolean }) {
  return (
    <div className={`flex items-center justify-between px-5 pb-1 pt-2 text-xs font-semibold ${dark ? 'bg-slate-950 text-white' : ''}`}>
      <span>9:41</span>
      <span className="flex items-end gap-1">
        <span className="flex items-end gap-px">
          {[4, 6, 8, 10].map((height) => (
            <span key={height} className="w-0.5 bg-current" style={{ height }} />
          ))}
        </span>
        <span className="h-2.5 w-5 rounded-sm border border-current p-px">
          <span className="block h-full w-3/4 bg-current" />
        </span>
      </span>
    </div>
  );
}

/** A scene's on-screen content inside the device its platform is used on. */
export function DeviceFrame({ platform, children }: { platform: Platform; children: ReactNode }) {
  const kind = PLATFORM_KIND[platform];
  const label = PLATFORM_KIND_LABEL[kind];
  const phone = PHONE_KINDS.has(kind);
  const screen = kind === 'video' ? 'bg-slate-950 text-white' : 'bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-50';
  return (
    <section aria-label={`${label} (fictional)`} data-platform-kind={kind} className="min-w-0 space-y-2">
      <p className="flex flex-wrap items-center justify-center gap-2 text-sm">
        <span className="font-semibold">{label}</span>
        <span className="rounded-full border border-slate-500 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100">
          Fictional scenario
        </span>
      </p>
      {phone ? (
        <div className="mx-auto w-full max-w-[24rem] rounded-[2rem] border-[6px] border-slate-900 bg-slate-900 shadow-lg sm:border-[10px] dark:border-slate-600 dark:bg-slate-600">
          <div className={`overflow-hidden rounded-[1.5rem] ${screen}`}>
            <div aria-hidden="true">
              <StatusBar dark={kind === 'video'} />
              <AppBar kind={kind} />
            </div>
            <div className={kind === 'chat' || kind === 'video' ? '' : 'space-y-2 pb-2'}>{children}</div>
            <div aria-hidden="true">
              <TabBar kind={kind} />
            </div>
          </div>
        </div>
      ) : (
        <div className={`mx-auto w-full max-w-3xl overflow-hidden rounded-xl border border-slate-300 shadow-lg dark:border-slate-600 ${screen}`}>
          <div aria-hidden="true">
            <BrowserChrome kind={kind} />
          </div>
          <div className={`space-y-4 p-3 sm:p-5 ${kind === 'email' ? '' : 'bg-slate-50 dark:bg-slate-900'}`}>{children}</div>
        </div>
      )}
    </section>
  );
}
