/**
 */
package nl.leerkring.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Localized Text</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A text a protocol shows to people, in Dutch (always) and English (optional).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.LocalizedText#getNl <em>Nl</em>}</li>
 *   <li>{@link nl.leerkring.model.LocalizedText#getEn <em>En</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getLocalizedText()
 * @model
 * @generated
 */
public interface LocalizedText extends EObject {
	/**
	 * Returns the value of the '<em><b>Nl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nl</em>' attribute.
	 * @see #setNl(String)
	 * @see nl.leerkring.model.LeerkringPackage#getLocalizedText_Nl()
	 * @model
	 * @generated
	 */
	String getNl();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.LocalizedText#getNl <em>Nl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nl</em>' attribute.
	 * @see #getNl()
	 * @generated
	 */
	void setNl(String value);

	/**
	 * Returns the value of the '<em><b>En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>En</em>' attribute.
	 * @see #setEn(String)
	 * @see nl.leerkring.model.LeerkringPackage#getLocalizedText_En()
	 * @model
	 * @generated
	 */
	String getEn();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.LocalizedText#getEn <em>En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>En</em>' attribute.
	 * @see #getEn()
	 * @generated
	 */
	void setEn(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text in the given language (ISO 639 code); falls back to Dutch when there is no translation.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String text(String language);

} // LocalizedText
