import { TestBed } from '@angular/core/testing';
import { InitialsAvatarComponent, initialsOf } from './initials-avatar.component';

describe('initialsOf', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['Plato', 'P'],
    ['  mary ann   smith ', 'MS'],
    ['', '?'],
  ])('%p → %p', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('InitialsAvatarComponent', () => {
  it('is decorative and shows the initials', async () => {
    const fixture = TestBed.createComponent(InitialsAvatarComponent);
    fixture.componentRef.setInput('name', 'Grace Hopper');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.getAttribute('aria-hidden')).toBe('true');
    expect(el.textContent?.trim()).toBe('GH');
  });
});
