import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet } from '@angular/router';
import { focusHeadingOnNavigation, pathOf } from './focus-heading';

@Component({ template: '<main><h1 tabindex="-1">Page</h1></main>' })
class PageComponent {}

@Component({ selector: 'db-host', template: '<router-outlet />', imports: [RouterOutlet] })
class HostComponent {
  constructor() {
    focusHeadingOnNavigation();
  }
}

describe('pathOf', () => {
  it('drops the query string and fragment', () => {
    expect(pathOf('/coaches?specialty=CODING#top')).toBe('/coaches');
    expect(pathOf('/')).toBe('/');
  });
});

describe('focusHeadingOnNavigation', () => {
  async function setup() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'a', component: PageComponent },
          { path: 'b', component: PageComponent },
        ]),
      ],
    });
    const fixture = TestBed.createComponent(HostComponent);
    document.body.appendChild(fixture.nativeElement);
    const router = TestBed.inject(Router);
    const go = async (url: string) => {
      await router.navigateByUrl(url);
      await fixture.whenStable();
    };
    return { go };
  }

  afterEach(() => document.body.replaceChildren());

  it('leaves focus alone on the first page load', async () => {
    const { go } = await setup();
    await go('/a');
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses the new page heading after moving to another path', async () => {
    const { go } = await setup();
    await go('/a');
    await go('/b');
    expect(document.activeElement?.tagName).toBe('H1');
  });

  it('keeps focus where it is when only the query changes (e.g. a filter)', async () => {
    const { go } = await setup();
    await go('/a');
    await go('/a?specialty=CODING');
    expect(document.activeElement).toBe(document.body);
  });
});
