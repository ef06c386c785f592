declare namespace App {
  interface Locals {
    /** Set by the error page: cause id → its number in "Common causes", for the <Fix> steps. */
    causeNumbers?: Record<string, number>;
  }
}
