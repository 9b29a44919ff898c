import { loadAllModels } from '../components/three/models';
import { entriesIn, slugOf } from './encyclopedia/entries';
import type { Locale } from './locale';
import { allQuizzes } from './quiz/catalog';

/*
 * The routes with one page per item (a model, a quiz, an encyclopedia entry): their paths and
 * props, written once here and exported as getStaticPaths by each locale's route file
 * (src/pages/… and src/pages/en/…), which only hands the props to its page component.
 */

/** One page per replica model, with the disguised model that imitates it, if any. */
export async function modelPaths() {
  const models = await loadAllModels();
  return models.map((model) => ({
    params: { id: model.id },
    props: { model, imitatedBy: models.find((other) => other.twin === model.id) },
  }));
}

/** One page per quiz. */
export async function quizPaths() {
  return (await allQuizzes()).map((quiz) => ({ params: { slug: quiz.slug }, props: { quiz } }));
}

/** One page per encyclopedia entry written in the locale. */
export async function entryPaths(locale: Locale) {
  return (await entriesIn(locale)).map((entry) => ({
    params: { slug: slugOf(entry) },
    props: { entry },
  }));
}
