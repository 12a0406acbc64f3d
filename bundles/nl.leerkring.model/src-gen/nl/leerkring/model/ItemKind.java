/**
 */
package nl.leerkring.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Kind</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.ItemKind#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.ItemKind#getName <em>Name</em>}</li>
 *   <li>{@link nl.leerkring.model.ItemKind#isAction <em>Action</em>}</li>
 *   <li>{@link nl.leerkring.model.ItemKind#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.leerkring.model.ItemKind#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getItemKind()
 * @model
 * @generated
 */
public interface ItemKind extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getItemKind_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.ItemKind#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getItemKind_Name()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.ItemKind#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Items of this kind are actions: they need an owner and a due date and follow the action lifecycle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getItemKind_Action()
	 * @model
	 * @generated
	 */
	boolean isAction();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.ItemKind#isAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #isAction()
	 * @generated
	 */
	void setAction(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getItemKind_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.ItemKind#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A code list items of this kind can be tagged with (e.g. Wenger's value-creation cycles).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getItemKind_Codes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Code> getCodes();

} // ItemKind
