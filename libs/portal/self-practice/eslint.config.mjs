export { default } from '../../../eslint.angular.mjs';
