/** The Citation union lives with the model (a footnote holds one); citations/ renders and parses it. */
export * from '../model/citation';
