/** The people of a synthetic enterprise: a principal, a director and one officer per site, with names. */
import type { PersonRef } from '@order75/schemas';
import type { Rng } from './prng';

const SURNAMES = ['林', '陈', '黄', '张', '李', '王', '吴', '刘', '蔡', '杨', '郑', '许', '谢', '郭', '洪', '邱', '曾', '廖', '赖', '周'];
const GIVEN = ['建国', '志强', '晓梅', '海燕', '立新', '丽华', '永福', '春生', '秀英', '国栋', '文辉', '雅婷', '明杰', '淑芬', '振华', '宏伟', '敏', '磊', '静', '斌', '婷', '勇', '芳', '涛'];

/** Mints people with stable ids `E0001`, `E0002`, … and plausible names. */
export class PersonPool {
  private next = 1;
  constructor(private readonly rng: Rng) {}

  person(): PersonRef {
    const personId = `E${String(this.next++).padStart(4, '0')}`;
    return { personId, name: `${this.rng.pick(SURNAMES)}${this.rng.pick(GIVEN)}` };
  }
}

/** Who holds which role now; officers by site id. */
export interface Staff {
  principal: PersonRef;
  director: PersonRef;
  officers: Map<string, PersonRef>;
}
