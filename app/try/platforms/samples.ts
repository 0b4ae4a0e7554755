import type { ComponentProps } from '@/lib/scenario/component-attributes';
import type { BlockNode, ComponentOf, ContentComponentName, Platform } from '@/lib/scenario/definition';

/**
 * One short fictional scene per kind of platform, for the page that shows what scenes look like
 * and for the screenshot sheet. Every person and practice here is invented.
 */
const text = (value: string): BlockNode => ({ type: 'paragraph', children: [{ type: 'text', value }] });

function node<Name extends Exclude<ContentComponentName, 'Show'>>(name: Name, props: ComponentProps<Name>, children: BlockNode[] = []): BlockNode {
  return { type: 'component', name, props, children } as ComponentOf<Name>;
}

export interface PlatformSample {
  platform: Platform;
  content: BlockNode[];
}

export const PLATFORM_SAMPLES: PlatformSample[] = [
  {
    platform: 'facebook',
    content: [
      text('A friend from school has shared a post about the practice where you work.'),
      node('Post', { author: 'Priya Shah', time: '2 hours ago', audience: 'friends', likes: 24, comments: 1, shares: 1 }, [
        text('Massive thanks to everyone at the practice for squeezing me in today!'),
        node('Photo', { alt: 'The dental team smiling together in the reception area' }),
        node('Comment', { author: 'Tom Reed', time: '1 hour ago', likes: 2 }, [text('Who did your filling? I need someone gentle')]),
      ]),
    ],
  },
  {
    platform: 'instagram',
    content: [
      text("The practice's account posts a whitening result."),
      node('Post', { author: 'Harbourside Dental', handle: 'harbourside.dental', time: '3 days ago', likes: 318, comments: 12 }, [
        text('Another happy smile Book your whitening consultation today.'),
        node('Photo', { alt: "Before and after photos of a young woman's smile" }),
      ]),
    ],
  },
  {
    platform: 'x',
    content: [
      text('A colleague is drawn into a public argument.'),
      node('Post', { author: 'Dr Sam Okafor', handle: '@samokafor', time: '3h', likes: 41, comments: 6, shares: 12 }, [
        text('Tired of people posting their dental X-rays asking for opinions. Book an appointment!'),
      ]),
    ],
  },
  {
    platform: 'tiktok',
    content: [
      text('A video filmed at work is doing well.'),
      node('Post', { author: 'Rhys', handle: '@rhys.nurse', time: '1 day ago', likes: 12400, comments: 380, shares: 96 }, [
        text('When the last patient cancels on a Friday #nurselife'),
        node('Photo', { alt: 'A dental nurse dancing in a surgery; behind her a monitor shows a list of names and times' }),
      ]),
    ],
  },
  {
    platform: 'linkedin',
    content: [
      text('Your practice manager writes about the year.'),
      node('Post', { author: 'Anita Desai', handle: 'Practice manager at Harbourside Dental', time: '5d', audience: 'public', likes: 57, comments: 4, shares: 3 }, [
        text('Proud of our team this year: 1,200 new patients and a spotless inspection.'),
      ]),
    ],
  },
  {
    platform: 'whatsapp',
    content: [
      text('The staff group chat on a Sunday evening.'),
      node('Chat', { with: 'Practice team' }, [
        node('Message', { from: 'Chloe', time: '19:02' }, [text('Anyone else see who was in the chair on Friday?')]),
        node('Message', { from: 'You', time: '19:05', mine: true }, [text('Not on here, Chloe.')]),
      ]),
    ],
  },
  {
    platform: 'review-site',
    content: [
      text('A review appears overnight.'),
      node('Review', { author: 'J. Morgan', rating: 2, site: 'a review site', time: '1 week ago' }, [
        text('Kept waiting and nobody explained the cost beforehand.'),
        node('Reply', { author: 'the practice owner', time: '6 days ago' }, [text('Thank you for your feedback. Please call us so we can talk it through.')]),
      ]),
    ],
  },
  {
    platform: 'forum',
    content: [
      text('A post in a closed group for dental nurses.'),
      node('Forum', { name: 'Dental Nurses Network', members: 4210, closed: true }, [
        node('ForumPost', { author: 'Kim', time: 'today', title: 'Anyone recognise this case?' }, [text('Had a patient today with the strangest reaction. Photo below…')]),
      ]),
    ],
  },
  {
    platform: 'email',
    content: [
      text('An email arrives from a supplier.'),
      node('Email', { from: 'offers@whitening-supplies.example', to: 'reception@harbourside.example', subject: 'Free kit for your best review' }, [
        text('Post a 5-star review of our kit and we will send you a second one free.'),
      ]),
    ],
  },
];
