/**
 */
package nl.leerkring.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code Mark</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item tagged with one code of its kind's code list, and how the speaker valued it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.CodeMark#getCodeId <em>Code Id</em>}</li>
 *   <li>{@link nl.leerkring.model.CodeMark#getValence <em>Valence</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getCodeMark()
 * @model
 * @generated
 */
public interface CodeMark extends EObject {
	/**
	 * Returns the value of the '<em><b>Code Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code Id</em>' attribute.
	 * @see #setCodeId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getCodeMark_CodeId()
	 * @model required="true"
	 * @generated
	 */
	String getCodeId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.CodeMark#getCodeId <em>Code Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Id</em>' attribute.
	 * @see #getCodeId()
	 * @generated
	 */
	void setCodeId(String value);

	/**
	 * Returns the value of the '<em><b>Valence</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.Valence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valence</em>' attribute.
	 * @see nl.leerkring.model.Valence
	 * @see #setValence(Valence)
	 * @see nl.leerkring.model.LeerkringPackage#getCodeMark_Valence()
	 * @model
	 * @generated
	 */
	Valence getValence();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.CodeMark#getValence <em>Valence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valence</em>' attribute.
	 * @see nl.leerkring.model.Valence
	 * @see #getValence()
	 * @generated
	 */
	void setValence(Valence value);

} // CodeMark
