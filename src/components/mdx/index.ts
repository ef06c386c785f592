/** The components MDX error pages may use without importing them (passed to <Content components>). */
import Fix from './Fix.astro';
import ByOS from './ByOS.astro';
import OS from './OS.astro';
import DontDo from './DontDo.astro';
import Confirm from './Confirm.astro';
import Pass from './Pass.astro';
import Drop from './Drop.astro';
import MeaningPart from './MeaningPart.astro';
import FixPart from './FixPart.astro';

export const bodyComponents = { Fix, ByOS, OS, DontDo, Confirm };
/** Components for the "What this error means" pass and the "How to fix" pass. */
export const meaningPass = { ...bodyComponents, Meaning: Pass, HowToFix: Drop };
export const fixPass = { ...bodyComponents, Meaning: Drop, HowToFix: Pass };
/** Both blocks at once, marked so src/components/SplitBody.astro can place each in its section. */
export const onePass = { ...bodyComponents, Meaning: MeaningPart, HowToFix: FixPart };
