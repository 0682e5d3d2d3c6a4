// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown } from '../../admin/common/Markdown';

afterEach(cleanup);

const renderMarkdown = (source: string) => render(<Markdown source={source} />).container;

describe('Markdown (policy and consent texts)', () => {
  it('renders headings one level below the page title, paragraphs, emphasis and strikethrough', () => {
    const container = renderMarkdown('# Политика\n\nТекст с **важным**, *курсивом* и ~~старым~~ словом.');
    expect(screen.getByRole('heading', { level: 2, name: 'Политика' })).toBeTruthy();
    expect(container.querySelector('h1')).toBeNull();
    const paragraph = container.querySelector('p')!;
    expect(paragraph.querySelector('strong')?.textContent).toBe('важным');
    expect(paragraph.querySelector('em')?.textContent).toBe('курсивом');
    expect(paragraph.querySelector('del')?.textContent).toBe('старым');
  });

  it('renders a GFM table with its header and cells', () => {
    renderMarkdown('| Цель | Срок |\n| --- | ---: |\n| Оказание услуг | 5 лет |\n| Рассылка | до отзыва |');
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Цель', 'Срок']);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['Оказание услуг', '5 лет']);
    expect((within(rows[2]).getAllByRole('cell')[1] as HTMLElement).style.textAlign).toBe('right');
  });

  it('renders nested lists', () => {
    const container = renderMarkdown('- Категории\n  1. ФИО\n  2. Телефон\n- Цели\n  - Запись на приём');
    const outer = container.querySelector('ul')!;
    const items = outer.querySelectorAll(':scope > li');
    expect(items).toHaveLength(2);
    const nestedOrdered = items[0].querySelector('ol')!;
    expect([...nestedOrdered.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['ФИО', 'Телефон']);
    expect(items[1].querySelector('ul > li')?.textContent).toBe('Запись на приём');
  });

  it('opens http(s) and mailto links in a new tab without opener or referrer; relative links stay in place', () => {
    renderMarkdown(
      '[Сайт](https://natamed.example/policy), [почта](mailto:dpo@natamed.example), [раздел](#rights), <https://auto.example>',
    );
    const site = screen.getByRole('link', { name: 'Сайт' });
    expect(site.getAttribute('href')).toBe('https://natamed.example/policy');
    expect(site.getAttribute('target')).toBe('_blank');
    expect(site.getAttribute('rel')).toBe('noopener noreferrer');
    const mail = screen.getByRole('link', { name: 'почта' });
    expect(mail.getAttribute('href')).toBe('mailto:dpo@natamed.example');
    expect(mail.getAttribute('target')).toBe('_blank');
    expect(mail.getAttribute('rel')).toBe('noopener noreferrer');
    const section = screen.getByRole('link', { name: 'раздел' });
    expect(section.getAttribute('href')).toBe('#rights');
    expect(section.getAttribute('target')).toBeNull();
    expect(screen.getByRole('link', { name: 'https://auto.example' }).getAttribute('target')).toBe('_blank');
  });

  it('does not make javascript:, data: or vbscript: URLs into links; their text stays', () => {
    const container = renderMarkdown(
      '[нажми](javascript:alert(1)) [ещё](JaVaScRiPt:alert(2)) [данные](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox) [ref]\n\n[ref]: javascript:alert(3)',
    );
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.innerHTML).not.toMatch(/javascript:|data:text|vbscript:/i);
    expect(container.textContent).toContain('нажми');
    expect(container.textContent).toContain('данные');
  });

  it('does not render raw HTML: no script, no elements, no event handlers, no images', () => {
    const container = renderMarkdown(
      [
        '<script>window.__pwned = true</script>',
        '',
        'Текст <b onclick="alert(1)">жирный</b> и <img src=x onerror="alert(1)">.',
        '',
        '<div style="display:none">скрыто</div>',
        '',
        '<iframe src="https://evil.example"></iframe>',
        '',
        '![пиксель](https://tracker.example/p.gif)',
      ].join('\n'),
    );
    for (const tag of ['script', 'b', 'img', ':scope > div div', 'iframe'])
      expect(container.querySelector(tag)).toBeNull();
    expect(container.querySelector('[onclick], [onerror], [style*="display"]')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    // What was HTML is shown as text, as the old renderer did.
    expect(container.textContent).toContain('<script>');
    expect(container.textContent).toContain('пиксель');
  });
});
