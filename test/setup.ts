/**
 * Shared jest setup. Component tests wait for lazily loaded sections and Fluent UI renders; on a busy
 * 2-core CI machine these can take longer than Testing Library's 1 s default, so the findBy queries and waitFor wait
 * up to 10 s (they still return as soon as the element appears).
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 10_000 });
