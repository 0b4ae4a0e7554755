import { describe, expect, it } from 'vitest';
import { DASHBOARD_ORDERS, DASHBOARD_SEARCH_MAX, dashboardHref, parseDashboardQuery } from './view';

describe('parseDashboardQuery', () => {
  it('reads search, filter, order and page from the URL', () => {
    expect(parseDashboardQuery({ q: ' bea ', status: 'overdue', module: 'm1', sort: 'email', dir: 'desc', page: '3' })).toEqual({
      q: 'bea',
      status: 'overdue',
      module: 'm1',
      sort: 'email',
      dir: 'desc',
      page: 3,
    });
  });

  it('falls back to defaults for nonsense in the URL', () => {
    expect(parseDashboardQuery({ sort: 'evil', dir: 'up', status: 'x', q: ['a', 'b'], page: '-2' })).toEqual({
      q: 'a',
      status: undefined,
      module: undefined,
      sort: 'name',
      dir: 'asc',
      page: 1,
    });
    expect(parseDashboardQuery({ page: '2.5' }).page).toBe(1);
    expect(parseDashboardQuery({ page: 'two' }).page).toBe(1);
  });

  it('cuts an over-long search to its documented maximum instead of showing nothing', () => {
    expect(parseDashboardQuery({ q: 'x'.repeat(500) }).q).toHaveLength(DASHBOARD_SEARCH_MAX);
  });
});

describe('dashboardHref', () => {
  it('keeps the current filters and leaves defaults out of the URL', () => {
    const query = parseDashboardQuery({ q: 'a b', status: 'overdue', page: '4' });
    expect(dashboardHref('p1', query, { sort: 'email' })).toBe('/practice/p1?q=a+b&status=overdue&sort=email&page=4');
    expect(dashboardHref('p1', query, { page: 1 })).toBe('/practice/p1?q=a+b&status=overdue');
    expect(dashboardHref('p1', parseDashboardQuery({}))).toBe('/practice/p1');
  });
});

describe('DASHBOARD_ORDERS', () => {
  it('offers each column both ways, each option saying what it does in that column\'s words', () => {
    expect(DASHBOARD_ORDERS.map((order) => order.label)).toEqual([
      'Name, A to Z',
      'Name, Z to A',
      'Email, A to Z',
      'Email, Z to A',
      'Date joined, oldest first',
      'Date joined, newest first',
    ]);
  });

  it('is read back from the select\'s `order` into the sort and direction every option names', () => {
    for (const order of DASHBOARD_ORDERS) expect(parseDashboardQuery({ order: order.value })).toMatchObject({ sort: order.sort, dir: order.dir });
    expect(parseDashboardQuery({ order: 'joined-sideways', sort: 'email' })).toMatchObject({ sort: 'email', dir: 'asc' });
  });
});
